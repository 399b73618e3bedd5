package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;

/**
 * Configuration items in a real browser: an agent names her commune's mail domain in a new ticket and finds the
 * ticket on the item's page; a technician imports an inventory after its check, then corrects an item.
 */
class ItemsBrowserIT extends BrowserTestCase {

    @Test
    void anAgentNamesAnItemInANewTicket() {
        browser.logIn("corbas.agent2", "Demo-2026");
        browser.go("/ticket/new.xhtml");
        browser.driver.findElement(By.id("ticket:subject")).sendKeys("Messages refusés depuis ce matin");
        browser.driver.findElement(By.id("ticket:description")).sendKeys("Les mails vers la préfecture reviennent en erreur.");
        new Select(browser.driver.findElement(By.id("ticket:item"))).selectByVisibleText("Messagerie Corbas (Domaine de messagerie)");
        browser.assertAccessible();
        browser.submit(By.id("ticket:open"));
        assertTrue(browser.text("#ticket-item").contains("Messagerie Corbas"), browser::describe);
        String reference = browser.text("main h1").split(" ")[0];

        browser.submit(By.cssSelector("#ticket-item a"));
        assertEquals("Messagerie Corbas", browser.text("main h1"));
        assertTrue(browser.text("#itemFacts").contains("corbas.example.fr"), browser::describe);
        assertTrue(browser.text("#itemTickets").contains(reference), browser::describe);
        assertTrue(browser.driver.findElements(By.id("itemForm:save")).isEmpty(), "an agent reads the item, never edits it");
        browser.assertAccessible();

        browser.submit(By.id("navItems"));
        String list = browser.text("#items\\:itemTable");
        assertTrue(list.contains("Hôtel de ville") && list.contains("Fibre Corbas"), list);
        assertFalse(list.contains("Givors"), "only Corbas' items");
        browser.assertAccessible();
    }

    @Test
    void aTechnicianImportsAnInventoryAfterItsCheckAndCorrectsAnItem() throws IOException {
        Path file = Files.createTempFile("inventaire", ".csv");
        Files.writeString(file, "membre;service;type;nom;etat;attributs\n"
                + "rive-de-gier;;site;Médiathèque;en_service;address=Rue Jean Jaurès, Rive-de-Gier\n"
                + "rive-de-gier;;site;Piscine;casse;\n", StandardCharsets.UTF_8);
        browser.logIn("tech1", "Demo-2026");
        browser.submit(By.id("navItems"));
        browser.submit(By.id("importItems"));
        browser.driver.findElement(By.id("itemImport:file")).sendKeys(file.toString());
        browser.submit(By.id("itemImport:check"));
        assertTrue(browser.text("#problems").contains("ligne 3 : État inconnu : « casse »"), browser::describe);
        assertTrue(browser.driver.findElements(By.id("itemImport:confirm")).isEmpty(), "a file with a bad line cannot be imported");
        browser.assertAccessible();

        Files.writeString(file, "membre;service;type;nom;etat;attributs\n"
                + "rive-de-gier;;site;Médiathèque;en_service;address=Rue Jean Jaurès, Rive-de-Gier\n", StandardCharsets.UTF_8);
        browser.driver.findElement(By.id("itemImport:file")).sendKeys(file.toString());
        browser.submit(By.id("itemImport:check"));
        assertTrue(browser.text("#previewSummary").contains("1 élément(s) à créer, 0 à mettre à jour"), browser::describe);
        browser.submit(By.id("itemImport:confirm"));
        assertTrue(browser.text("#messages").contains("1 élément(s) créé(s) et 0 mis à jour"), browser::describe);

        browser.go("/cmdb/item.xhtml?id=" + Sql.number("SELECT id FROM configuration_item WHERE name = 'Médiathèque'"));
        new Select(browser.driver.findElement(By.id("itemForm:state"))).selectByVisibleText("En maintenance");
        browser.submit(By.id("itemForm:save"));
        assertTrue(browser.text("#messages").contains("Élément « Médiathèque » enregistré."), browser::describe);
        assertEquals("En maintenance", browser.text("#itemState"));
        browser.assertAccessible();
        Files.delete(file);
    }
}
