package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The login form posted the ways a browser may post it: never an error page. */
@ExtendWith(ArquillianExtension.class)
class LoginFormIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aLoginFormLeftOpenPastTheSessionShowsTheLoginPageAgain() {
        String page = new PageSession().get("/login.xhtml").body();
        // Another cookie jar: the session of the page is gone, as after 30 minutes.
        PageSession afterTimeout = new PageSession();
        HttpResponse<String> posted = afterTimeout.post("/login.xhtml", PageSession.loginForm(page, "givors.agent1", "Demo-2026"));
        assertEquals(302, posted.statusCode(), posted::body);
        assertTrue(location(posted).endsWith("/login.xhtml?expired"), location(posted));
        HttpResponse<String> again = afterTimeout.get("/login.xhtml?expired");
        assertEquals(200, again.statusCode());
        assertTrue(again.body().contains("Votre session a expiré : reconnectez-vous."), again::body);
    }

    @Test
    void aFormPostWithoutItsButtonOrNonceGetsThePageAgainNotAnError() {
        PageSession browser = new PageSession();
        Map<String, String> form = PageSession.loginForm(browser.get("/login.xhtml").body(), "givors.agent1", "pas-le-bon");
        form.remove("login:submit");
        form.remove("primefaces.nonce");
        HttpResponse<String> posted = browser.post("/login.xhtml", form);
        assertEquals(302, posted.statusCode(), posted::body);
        assertTrue(location(posted).endsWith("/login.xhtml"), location(posted));
        assertEquals(200, browser.get("/login.xhtml").statusCode());
    }

    @Test
    void theFormAsTheBrowserSendsItLogsIn() {
        PageSession browser = new PageSession().logIn("givors.agent1", "Demo-2026");
        HttpResponse<String> home = browser.get("/index.xhtml");
        assertEquals(200, home.statusCode());
        assertTrue(home.body().contains("givors.agent1") || home.body().contains("Givors"), home::body);
    }

    private static String location(HttpResponse<String> response) {
        return response.headers().firstValue("Location").orElse("");
    }
}
