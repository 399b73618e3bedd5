package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The main journeys in a real browser, each page checked with axe-core for WCAG 2.1 AA. */
class BrowserIT extends BrowserTestCase {

    @Test
    void rootLeadsToTheFrenchLoginPage() {
        browser.driver.manage().deleteAllCookies();
        browser.go("/");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/login.xhtml"), browser.driver.getCurrentUrl());
        assertEquals("fr", browser.driver.findElement(By.tagName("html")).getAttribute("lang"));
        assertEquals("Connexion", browser.text("h1"));
        assertTrue(browser.driver.findElement(By.cssSelector("label[for='login:username']")).getText().contains("Identifiant"));
        browser.assertAccessible();
    }

    @Test
    void agentLogsInThroughTheLoginPageAndSeesTheirCommune() {
        browser.logIn("givors.agent1", "Demo-2026");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/index.xhtml"), browser.driver.getCurrentUrl());
        assertTrue(browser.text("#member-intro").contains("Givors"), browser.text("#member-intro"));
        assertTrue(browser.text(".user-member").contains("Givors"));
        browser.assertAccessible();
    }

    @Test
    void wrongPasswordIsExplainedInFrench() {
        browser.logIn("grigny.agent2", "mauvais-mot-de-passe");
        assertTrue(browser.text("#messages").contains("Identifiant ou mot de passe incorrect."), browser::describe);
        browser.assertAccessible();
    }

    @Test
    void agentCannotOpenAdministrationPages() {
        browser.logIn("givors.agent1", "Demo-2026");
        browser.go("/admin/users.xhtml");
        assertEquals("Accès refusé", browser.text("h1"));
        assertTrue(browser.driver.findElements(By.id("users:table")).isEmpty());
    }

    @Test
    void adminFiltersUsersOfOneCommune() {
        browser.logIn("admin", "Demo-2026");
        browser.go("/admin/users.xhtml");
        browser.driver.findElement(By.id("users:text")).sendKeys("corbas.");
        browser.driver.findElement(By.id("users:apply")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("users:table")).getText().contains("(4 éléments)"));
        String table = browser.text("#users\\:table");
        assertTrue(table.contains("corbas.referent") && table.contains("corbas.agent3"), table);
        assertTrue(!table.contains("givors."), table);
    }

    @Test
    void adminCreatesAUserWhoCanThenLogIn() {
        String login = "grigny.agent" + System.nanoTime() % 100000;
        browser.logIn("admin", "Demo-2026");
        browser.go("/admin/user.xhtml");
        browser.driver.findElement(By.id("user:login")).sendKeys(login);
        browser.driver.findElement(By.id("user:fullName")).sendKeys("Nina Testeuse");
        browser.driver.findElement(By.id("user:email")).sendKeys(login + "@grigny.example.fr");
        new Select(browser.driver.findElement(By.id("user:member"))).selectByVisibleText("Grigny");
        browser.driver.findElement(By.id("user:password")).sendKeys("Bienvenue-2026");
        browser.driver.findElement(By.cssSelector("input[type=checkbox][value=AGENT]")).click();
        browser.submit(By.id("user:save"));
        assertTrue(browser.text("#messages").contains("Compte créé"), browser::describe);

        browser.logIn(login, "Bienvenue-2026");
        assertTrue(browser.text("#member-intro").contains("Grigny"));
    }

    @Test
    void logoutEndsTheSession() {
        browser.logIn("corbas.referent", "Demo-2026");
        browser.submit(By.id("logoutForm:logout"));
        assertTrue(browser.text("#messages").contains("Vous êtes déconnecté."), browser::describe);
        browser.go("/index.xhtml");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/login.xhtml"));
    }
}
