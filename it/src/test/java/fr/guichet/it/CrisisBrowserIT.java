package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * Crisis contacts in a real browser: a référent adds a contact, is told what a contact lacks, changes the calling
 * order and removes one; a technician finds the member without anyone to decide and reads its list without editing it.
 */
class CrisisBrowserIT extends BrowserTestCase {

    @Test
    void referentKeepsTheCallingOrderAndATechnicianReadsIt() {
        browser.logIn("pierre-benite.referent", "Demo-2026");
        browser.submit(By.id("navCrisis"));
        assertEquals("Contacts de crise — Pierre-Bénite", browser.text("main h1"));
        assertEquals(List.of("Claire Faure", "Michel Arnaud", "Sylvie Lefèvre"), names(), browser::describe);
        browser.assertAccessible();

        fill("Chloé Bernard", "COMMUNICATION", "04 65 71 44 05");
        browser.submit(By.id("contact:save"));
        assertTrue(browser.text("#messages").contains("Contact de crise Chloé Bernard enregistré."), browser::describe);
        assertEquals(List.of("Claire Faure", "Michel Arnaud", "Sylvie Lefèvre", "Chloé Bernard"), names());
        assertTrue(browser.text("#crisisTable").contains("Communication"));

        fill("Sans Moyen", "OTHER", "");
        browser.submit(By.id("contact:save"));
        assertTrue(browser.text("#messages").contains("Indiquez un téléphone ou une adresse électronique"), browser::describe);
        assertEquals("Sans Moyen", browser.driver.findElement(By.id("contact:name")).getAttribute("value"), "what was typed stays");
        assertEquals(4, names().size(), "nothing saved is lost");
        browser.assertAccessible();

        browser.submit(By.cssSelector("button[aria-label='Appeler avant Chloé Bernard']"));
        assertEquals(List.of("Claire Faure", "Michel Arnaud", "Chloé Bernard", "Sylvie Lefèvre"), names(), browser::describe);
        browser.submit(By.cssSelector("button[aria-label='Retirer Chloé Bernard']"));
        assertTrue(browser.text("#messages").contains("Contact de crise Chloé Bernard retiré."), browser::describe);
        assertEquals(List.of("Claire Faure", "Michel Arnaud", "Sylvie Lefèvre"), names());

        long rive = ApiIT.memberId("rive-de-gier");
        assertEquals(200, Api.as("admin").put("/api/v1/members/" + rive + "/crisis-contacts",
                "{\"contacts\":[{\"role\":\"referent\",\"name\":\"Samir Fontaine\",\"phone\":\"04 65 71 15 03\"}]}").status());
        browser.logIn("tech1", "Demo-2026");
        browser.submit(By.id("navCrisis"));
        WebElement riveRow = browser.driver.findElement(By.xpath("//table[@id='coverageTable']//tr[th[normalize-space()='Rive-de-Gier']]"));
        assertTrue(riveRow.getText().contains("Aucun décideur"), riveRow::getText);
        browser.assertAccessible();
        browser.submit(By.linkText("Pierre-Bénite"));
        assertEquals("Contacts de crise — Pierre-Bénite", browser.text("main h1"));
        assertEquals(3, names().size());
        assertTrue(browser.driver.findElements(By.id("contact:name")).isEmpty(), "a technician does not edit it");
        assertTrue(browser.text("main").contains("Seul le référent de l'adhérent"), browser::describe);
        assertFalse(browser.text("#crisisTable").contains("Retirer"));
        browser.assertAccessible();
    }

    private static void fill(String name, String role, String phone) {
        WebElement field = browser.driver.findElement(By.id("contact:name"));
        field.clear();
        field.sendKeys(name);
        new Select(browser.driver.findElement(By.id("contact:role"))).selectByValue(role);
        WebElement phoneField = browser.driver.findElement(By.id("contact:phone"));
        phoneField.clear();
        phoneField.sendKeys(phone);
    }

    private static List<String> names() {
        return browser.driver.findElements(By.cssSelector("#crisisTable tbody th")).stream().map(WebElement::getText).toList();
    }
}
