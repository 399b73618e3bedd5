package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Pages carry the security headers and the session cookie flags; English is one click away. */
@ExtendWith(ArquillianExtension.class)
class SecurityHeadersIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void loginPageSendsSecurityHeaders() {
        Api.Reply page = Api.anonymous().get("/login.xhtml");
        assertEquals(200, page.status());
        List<String> policies = page.header("Content-Security-Policy");
        assertTrue(policies.stream().anyMatch(p -> p.contains("frame-ancestors 'none'") && p.contains("object-src 'none'")),
                policies::toString);
        assertTrue(policies.stream().anyMatch(p -> p.matches("script-src 'self' 'nonce-[A-Za-z0-9+/=]+';?")), policies::toString);
        assertEquals(List.of("nosniff"), page.header("X-Content-Type-Options"));
        assertEquals(List.of("DENY"), page.header("X-Frame-Options"));
        assertTrue(page.header("Server").isEmpty() || !page.header("Server").get(0).matches(".*\\d.*"),
                "no server version: " + page.header("Server"));
    }

    @Test
    void sessionCookieIsHttpOnlySecureAndSameSite() {
        String cookie = Api.anonymous().get("/login.xhtml").header("Set-Cookie").stream()
                .filter(c -> c.startsWith("GUICHET_SESSION=")).findFirst().orElseThrow();
        assertTrue(cookie.contains("HttpOnly"), cookie);
        assertTrue(cookie.toLowerCase(java.util.Locale.ROOT).contains("; secure"), cookie);
        assertTrue(cookie.contains("SameSite=Lax"), cookie);
    }

    @Test
    void pagesAreFrenchByDefaultAndEnglishOnRequest() {
        assertTrue(Api.anonymous().get("/login.xhtml").body().contains("<h1>Connexion</h1>"));
        Api.Reply english = Api.anonymous().get("/login.xhtml?lang=en");
        assertTrue(english.body().contains("<h1>Log in</h1>"), english::body);
        assertTrue(english.body().contains("lang=\"en\""));
    }

    @Test
    void apiErrorsNeverShowServerPages() {
        Api.Reply missing = Api.as("givors.agent1").get("/api/v1/nothing-here");
        assertEquals(404, missing.status());
        assertTrue(missing.contentType().startsWith("application/problem+json"), missing::toString);
        Api.Reply wrongType = Api.as("admin").send("/api/v1/members", "text/plain", "bonjour");
        assertEquals(415, wrongType.status());
        assertTrue(wrongType.json().getString("detail").contains("JSON"), wrongType::toString);
    }
}
