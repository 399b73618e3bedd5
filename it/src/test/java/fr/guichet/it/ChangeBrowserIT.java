package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A planned change in a real browser: a technician prepares it (a service and an inventory item picked by name) and
 * submits it, a project manager approves it, and the status page's calendar shows its window.
 */
class ChangeBrowserIT extends BrowserTestCase {

    @Test
    void aTechnicianPreparesAChangeAManagerApprovesItAndTheCalendarShowsIt() {
        browser.logIn("tech1", "Demo-2026");
        browser.submit(By.id("navChanges"));
        browser.submit(By.id("newChange"));
        assertEquals("Nouveau changement", browser.text("main h1"), browser::describe);
        browser.driver.findElement(By.id("changeForm:title")).sendKeys("Remplacement des disques des serveurs de fichiers");
        new Select(browser.driver.findElement(By.id("changeForm:risk"))).selectByVisibleText("Moyen");
        date("changeForm:windowStart", "2030-03-12T19:00");
        date("changeForm:windowEnd", "2030-03-12T23:00");
        new Select(browser.driver.findElement(By.id("changeForm:services"))).selectByVisibleText("Coffre-fort numérique des agents");
        browser.driver.findElement(By.id("changeForm:items_input")).sendKeys("srv-fichiers-gi");
        WebElement offered = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#changeForm\\:items_panel li.ui-autocomplete-item")).stream()
                        .filter(item -> item.getText().equals("srv-fichiers-givors — Givors")).findFirst().orElse(null));
        browser.assertAccessible();
        offered.click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("chosenItems")).getText().contains("srv-fichiers-givors — Givors"));
        browser.driver.findElement(By.id("changeForm:publicSummary")).sendKeys("Remplacement de disques : coffre-fort et fichiers indisponibles.");
        browser.driver.findElement(By.id("changeForm:plan")).sendKeys("Arrêt, remplacement à chaud refusé par le constructeur.");
        browser.driver.findElement(By.id("changeForm:backoutPlan")).sendKeys("Remise des anciens disques.");
        browser.submit(By.id("changeForm:save"));
        assertTrue(browser.text("#messages").contains("enregistré"), browser::describe);
        assertTrue(browser.text("#changeFacts").contains("srv-fichiers-givors — Givors"), browser::describe);
        String reference = browser.text("main h1").split(" ")[0];
        browser.submit(By.xpath("//button[normalize-space()='Soumettre à approbation']"));
        assertEquals("Soumis à approbation", browser.text("#changeStatus"), browser::describe);
        browser.assertAccessible();

        browser.logIn("chef.projet1", "Demo-2026");
        browser.submit(By.id("navChanges"));
        browser.submit(By.linkText(reference));
        browser.driver.findElement(By.id("actions:note")).sendKeys("Fenêtre hors heures ouvrées, d'accord.");
        browser.submit(By.xpath("//button[normalize-space()='Approuver']"));
        assertEquals("Approuvé", browser.text("#changeStatus"), browser::describe);
        assertTrue(browser.text("#changeDecision").contains("chef.projet1"), browser::describe);
        assertTrue(browser.text("#changeAnnouncement").startsWith("prévue le"), browser::describe);
        browser.assertAccessible();

        browser.driver.manage().deleteAllCookies();
        browser.go("/public/status.xhtml");
        String calendar = browser.text("#maintenanceCalendar");
        assertTrue(calendar.contains("Coffre-fort numérique des agents — 12/03/2030 19:00 → 12/03/2030 23:00"), calendar);
        assertTrue(!calendar.contains("Remplacement de disques"), "the public page shows services and windows only");
    }

    private static void date(String id, String value) {
        ((JavascriptExecutor) browser.driver).executeScript("arguments[0].value = arguments[1]", browser.driver.findElement(By.id(id)), value);
    }
}
