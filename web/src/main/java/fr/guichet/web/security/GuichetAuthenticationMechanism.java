package fr.guichet.web.security;

import fr.guichet.identity.ApiTokens;
import fr.guichet.identity.CredentialService;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.web.api.ProblemResponses;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The one authentication mechanism of the application (Jakarta Security takes one per module):
 * pages use the login form and an HTTP session; {@code /api} uses a personal token ({@code Bearer}) or HTTP
 * Basic on every request and never the session, so a page's cookie cannot ride the API (CSRF). A refused API call is challenged with the
 * scheme {@code Guichet}, not {@code Basic}: a browser meeting a Basic challenge opens its own login box,
 * then sends the credentials it remembers with every request to the site, forged ones included.
 * Single sign-on (OIDC) will be one more branch here, resolving to the same accounts and roles.
 */
@ApplicationScoped
public class GuichetAuthenticationMechanism implements HttpAuthenticationMechanism {

    /** Request attribute holding the {@link CallerIdentity} of an authenticated request. */
    public static final String IDENTITY = "guichet.identity";

    private static final Logger LOG = Logger.getLogger(GuichetAuthenticationMechanism.class.getName());
    private static final String SESSION_LOGIN = "guichet.login";
    private static final String LOGIN_PAGE = "/login.xhtml";
    private static final String CHALLENGE = "Guichet realm=\"Guichet\"";
    private static final String BEARER = "Bearer ";

    @Inject
    private CredentialService credentials;

    @Inject
    private ApiCredentialCache apiCache;

    @Inject
    private ApiTokens tokens;

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        if (isApi(request)) {
            try {
                return validateApiRequest(request, response, context);
            } catch (RuntimeException failure) {
                LOG.log(Level.SEVERE, "API authentication failed", failure);
                return problem(response, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "error.http.500");
            }
        }
        if (context.isAuthenticationRequest()
                && context.getAuthParameters().getCredential() instanceof UsernamePasswordCredential credential) {
            return formLogin(request, context, credential);
        }
        if (isResource(request)) {
            return context.doNothing();
        }
        Optional<CallerIdentity> fromSession = sessionIdentity(request);
        if (fromSession.isPresent()) {
            return accept(request, context, fromSession.get());
        }
        if (context.isProtected()) {
            return redirectToLogin(request, response, context);
        }
        return context.doNothing();
    }

    @Override
    public void cleanSubject(HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SESSION_LOGIN);
        }
    }

    private AuthenticationStatus formLogin(HttpServletRequest request, HttpMessageContext context,
                                           UsernamePasswordCredential credential) {
        Optional<CallerIdentity> identity = credentials.authenticate(credential.getCaller(),
                credential.getPasswordAsString(), request.getRemoteAddr());
        if (identity.isEmpty()) {
            return AuthenticationStatus.SEND_FAILURE;
        }
        request.getSession(true);
        request.changeSessionId();
        request.getSession().setAttribute(SESSION_LOGIN, new SessionLogin(identity.get().userId(), Instant.now()));
        return accept(request, context, identity.get());
    }

    /** After users change their own password, their current session stays valid (others end). */
    public static void renewSessionLogin(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LOGIN) instanceof SessionLogin login) {
            session.setAttribute(SESSION_LOGIN, new SessionLogin(login.userId(), Instant.now()));
        }
    }

    private Optional<CallerIdentity> sessionIdentity(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null || !(session.getAttribute(SESSION_LOGIN) instanceof SessionLogin login)) {
            return Optional.empty();
        }
        Optional<CallerIdentity> identity = credentials.stillValid(login.userId(), login.at());
        if (identity.isEmpty()) {
            session.invalidate();
        }
        return identity;
    }

    private AuthenticationStatus validateApiRequest(HttpServletRequest request, HttpServletResponse response,
                                                    HttpMessageContext context) {
        String authorization = request.getHeader("Authorization");
        if (authorization != null && authorization.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            // A token outlives a password change (an integration must not break when its owner changes password).
            Optional<CallerIdentity> identity = tokens.userOf(authorization.substring(BEARER.length()).strip())
                    .flatMap(userId -> credentials.stillValid(userId, Instant.MAX));
            return identity.isPresent() ? accept(request, context, identity.get()) : unauthorized(response, context, "auth.invalid");
        }
        Optional<BasicCredentials> basic = BasicCredentials.parse(authorization);
        if (basic.isEmpty()) {
            return context.isProtected() ? unauthorized(response, context, "auth.required") : context.doNothing();
        }
        Optional<CallerIdentity> cached = apiCache.lookup(basic.get())
                .flatMap(hit -> credentials.stillValid(hit.userId(), hit.verifiedAt()));
        if (cached.isPresent()) {
            return accept(request, context, cached.get());
        }
        Optional<CallerIdentity> identity = apiCache.verifyOnce(basic.get(),
                () -> credentials.authenticate(basic.get().login(), basic.get().password(), request.getRemoteAddr()));
        if (identity.isPresent()) {
            return accept(request, context, identity.get());
        }
        return unauthorized(response, context, "auth.invalid");
    }

    private static AuthenticationStatus accept(HttpServletRequest request, HttpMessageContext context,
                                               CallerIdentity identity) {
        request.setAttribute(IDENTITY, identity);
        Set<String> groups = identity.roles().stream().map(Role::groupName).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(identity.login(), groups);
    }

    private static AuthenticationStatus unauthorized(HttpServletResponse response, HttpMessageContext context,
                                                     String messageKey) {
        response.setHeader("WWW-Authenticate", CHALLENGE);
        return problem(response, HttpServletResponse.SC_UNAUTHORIZED, messageKey);
    }

    /** SEND_CONTINUE: the response is complete, the container must not replace it with an error page. */
    private static AuthenticationStatus problem(HttpServletResponse response, int status, String messageKey) {
        try {
            ProblemResponses.write(response, status, messageKey);
        } catch (IOException ignored) {
            // The client went away; nothing else to tell it.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    private static AuthenticationStatus redirectToLogin(HttpServletRequest request, HttpServletResponse response,
                                                        HttpMessageContext context) {
        String target = request.getContextPath() + LOGIN_PAGE;
        try {
            if ("partial/ajax".equals(request.getHeader("Faces-Request"))) {
                // An Ajax request after the session expired: Faces must be told to navigate.
                response.setContentType("text/xml");
                response.setCharacterEncoding("UTF-8");
                response.getWriter().write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><partial-response><redirect url=\""
                        + target + "\"></redirect></partial-response>");
            } else {
                response.sendRedirect(target);
            }
        } catch (IOException ignored) {
            // The client went away.
        }
        return AuthenticationStatus.SEND_CONTINUE;
    }

    /** Stylesheets, scripts and images of a page: public, and not worth an account lookup each. */
    private static boolean isResource(HttpServletRequest request) {
        return request.getRequestURI().startsWith(request.getContextPath() + "/jakarta.faces.resource/");
    }

    private static boolean isApi(HttpServletRequest request) {
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return path.startsWith("/api/");
    }

    /** What the session remembers of a login: the account and when its password was checked. */
    record SessionLogin(long userId, Instant at) implements Serializable {
    }
}
