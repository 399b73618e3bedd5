package fr.guichet.web.security;

import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import jakarta.inject.Inject;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/** Hands the authenticated identity to the request-scoped {@link Caller} that services and queries use. */
@WebFilter(filterName = "caller", urlPatterns = "/*")
public class CallerFilter extends HttpFilter {

    @Inject
    private Caller caller;

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (request.getAttribute(GuichetAuthenticationMechanism.IDENTITY) instanceof CallerIdentity identity) {
            caller.establish(identity);
        }
        chain.doFilter(request, response);
    }
}
