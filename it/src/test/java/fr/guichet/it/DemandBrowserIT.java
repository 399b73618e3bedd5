package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The backlog journey in a real browser: a commune agent submits a demand, another commune's référent
 * finds and co-signs it, a project manager scores and plans it, and its rank visibly changes.
 */
class DemandBrowserIT extends BrowserTestCase {

    private static final String TITLE = "Prêt de tablettes aux seniors";

    private static int rank() {
        return Integer.parseInt(browser.text("#demand-rank").split("\\s")[0]);
    }

    private static void type(String id, String text) {
        WebElement field = browser.driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    @Test
    void agentSubmitsReferentCoSignsManagerScoresAndPlans() {
        browser.logIn("grigny.agent1", "Demo-2026");
        browser.go("/demand/new.xhtml");
        browser.assertAccessible();
        type("demand:title", TITLE);
        type("demand:description", "Des tablettes prêtées par le CCAS avec un accompagnement.");
        type("demand:benefit", "Réduire l'isolement numérique des personnes âgées.");
        new Select(browser.driver.findElement(By.id("demand:kind"))).selectByValue("NEW_SERVICE");
        browser.submit(By.id("demand:submit"));
        assertTrue(browser.text("#messages").contains("déposée"), browser::describe);
        assertEquals("Déposée", browser.text("#demand-state"));
        int submittedRank = rank();
        String view = browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().indexOf("/demand/view.xhtml"));
        browser.assertAccessible();

        browser.logIn("rive-de-gier.referent", "Demo-2026");
        browser.go("/demand/list.xhtml");
        browser.assertAccessible();
        type("demands:text", "tablettes seniors");
        browser.driver.findElement(By.id("demands:apply")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.linkText(TITLE)).size() == 1
                        && d.findElements(By.cssSelector("#demands\\:table tbody tr")).size() == 1);
        browser.submit(By.linkText(TITLE));
        assertEquals("1", browser.text("#demand-supporters"));
        type("view:expectedUsers", "8");
        browser.submit(By.id("view:support"));
        assertEquals("2", browser.text("#demand-supporters"), browser::describe);
        assertTrue(browser.text("#supporters").contains("Rive-de-Gier"));
        browser.assertAccessible();

        browser.logIn("chef.projet2", "Demo-2026");
        browser.go(view);
        int beforeScoring = rank();
        assertTrue(beforeScoring <= submittedRank, "a co-signature moves it up among unscored demands");
        type("view:risk", "2");
        type("view:inclusion", "5");
        type("view:sovereignty", "4");
        type("view:effort", "2");
        type("view:cost", "500");
        browser.submit(By.id("view:score"));
        assertEquals("Évaluée", browser.text("#demand-state"), browser::describe);
        int scoredRank = rank();
        assertTrue(scoredRank < beforeScoring, "scoring moves it up: " + beforeScoring + " → " + scoredRank);
        assertTrue(browser.text("#breakdown").contains("Inclusion numérique"));
        assertTrue(browser.text("#why-summary").startsWith("Valeur"), browser::describe);
        browser.go(view);
        assertTrue(browser.text("#why-summary").startsWith("Valeur"), "in French on a fresh load too: " + browser.describe());
        assertTrue(browser.text("#breakdown").contains("Inclusion numérique") && browser.text("#breakdown").contains("sur 5"),
                browser::describe);
        browser.assertAccessible();

        new Select(browser.driver.findElement(By.id("view:quarter"))).selectByVisibleText("2027-T2");
        browser.submit(By.cssSelector("button.action-plan"));
        assertTrue(browser.text("#demand-state").startsWith("Planifiée"), browser::describe);
        browser.go("/demand/roadmap.xhtml");
        assertTrue(browser.text("#quarters").contains(TITLE));
        browser.assertAccessible();
    }
}
