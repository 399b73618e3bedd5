package fr.guichet.web.security;

import fr.guichet.web.api.ProblemResponses;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses (415) API requests whose body is of a type an HTML form can send from any site without the
 * browser asking first (CORS "simple" requests): a page elsewhere could otherwise post to the API with
 * whatever credentials the browser holds. JSON and file uploads with their real type go through.
 */
@WebFilter(filterName = "apiFormPost", urlPatterns = "/api/*")
public class ApiFormPostFilter extends HttpFilter {

    static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data", "text/plain");

    @Override
    protected void doFilter(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws IOException, ServletException {
        if (isFormType(request.getContentType())) {
            ProblemResponses.write(response, HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE, "error.contentType.form");
            return;
        }
        chain.doFilter(request, response);
    }

    static boolean isFormType(String contentType) {
        if (contentType == null) {
            return false;
        }
        int parameters = contentType.indexOf(';');
        String mediaType = (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip();
        return FORM_TYPES.contains(mediaType.toLowerCase(Locale.ROOT));
    }
}
