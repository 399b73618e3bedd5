package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A technician's day in a real browser: a commune agent phones, the technician finds her by name, opens the
 * ticket in her name, raises its urgency when she calls back, asks her a question with a canned answer, merges the
 * duplicate she had written; her home page shows the ticket waiting for her answer.
 */
class StaffHelpdeskBrowserIT extends BrowserTestCase {

    @Test
    void technicianTakesAPhoneCallAndOpensTheTicketForTheAgent() throws IOException {
        browser.logIn("tech1", "Demo-2026");
        browser.go("/ticket/list.xhtml");
        browser.submit(By.id("newTicketOnBehalf"));
        assertEquals("Nouveau ticket pour un usager", browser.text("h1"), browser::describe);
        browser.assertAccessible();

        browser.driver.findElement(By.id("ticket:requester_input")).sendKeys("Mathieu");
        WebElement offered = new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.cssSelector("#ticket\\:requester_panel li.ui-autocomplete-item")).stream()
                        .filter(item -> item.getText().equals("Jérôme Mathieu — Corbas (corbas.agent2)")).findFirst().orElse(null));
        browser.assertAccessible();
        browser.screenshot("ticket-new-on-behalf");
        offered.click();
        new Select(browser.driver.findElement(By.id("ticket:channel"))).selectByVisibleText("Téléphone");
        browser.driver.findElement(By.id("ticket:subject")).sendKeys("Imprimante du service état civil hors ligne");
        browser.driver.findElement(By.id("ticket:description")).sendKeys("Appel de Mme Mathieu : l'imprimante ne répond plus depuis 9 h.");
        browser.submit(By.id("ticket:open"));
        assertTrue(browser.text("#messages").contains("ouvert pour Jérôme Mathieu"), browser::describe);
        assertEquals("Jérôme Mathieu", browser.text("#ticket-requester"), browser::describe);
        assertEquals("Téléphone", browser.text("#ticket-channel"), browser::describe);
        String reference = browser.text("h1").substring(0, "GUI-2026-000000".length());
        browser.assertAccessible();
        browser.submit(By.id("view:take"));
        assertEquals("Kevin Lopez", browser.text("#ticket-assignee"), browser::describe);

        // She calls back: the whole service is stuck. Raising the urgency raises the priority and brings the due date nearer.
        assertTrue(browser.text("#ticket-priority").startsWith("P4"), browser::describe);
        String dueBefore = browser.text("#ticket-resolution-due");
        new Select(browser.driver.findElement(By.id("view:classUrgency"))).selectByVisibleText("Haute");
        browser.driver.findElement(By.id("view:classReason")).sendKeys("Rappel : tout l'état civil attend ses actes");
        browser.submit(By.id("view:reclassify"));
        assertTrue(browser.text("#messages").contains("Qualification corrigée"), browser::describe);
        assertTrue(browser.text("#ticket-priority").startsWith("P3"), browser::describe);
        assertTrue(browser.text("#ticket-priority").contains("urgence haute"), browser::describe);
        assertNotEquals(dueBefore, browser.text("#ticket-resolution-due"), "the due date moves on screen");
        assertTrue(browser.text("#timeline").contains("qualification corrigée"), browser::describe);
        assertTrue(browser.text("#timeline").contains("priorité P4 → P3 ; urgence : Moyenne → Haute — Rappel : tout l'état civil"),
                browser::describe);
        browser.assertAccessible();
        browser.screenshot("ticket-view-reclassified");

        // A canned answer asks her the details, filled for her ticket.
        new Select(browser.driver.findElement(By.id("view:cannedAnswer"))).selectByVisibleText("Demande de précisions");
        browser.submit(By.id("view:insertAnswer"));
        String reply = browser.driver.findElement(By.id("view:reply")).getAttribute("value");
        assertTrue(reply.startsWith("Bonjour Jérôme Mathieu,\n\nPour avancer sur le ticket " + reference + ","), reply);
        assertTrue(reply.endsWith("Kevin Lopez"), reply);
        browser.assertAccessible();
        browser.submit(By.cssSelector("button.action-wait_for_requester"));
        assertEquals("En attente du demandeur", browser.text("#ticket-status"), browser::describe);
        assertTrue(browser.text("#timeline").contains("Pour avancer sur le ticket " + reference), browser::describe);

        // She had also written from the portal: the technician merges that duplicate into the phoned-in ticket.
        String duplicate = TicketsIT.open("corbas.agent2", "Imprimante état civil", "incident", "user", "medium", null).getString("reference");
        browser.go("/ticket/view.xhtml?ref=" + duplicate);
        browser.driver.findElement(By.id("view:mergeReference")).sendKeys(reference);
        browser.submit(By.id("view:merge"));
        assertTrue(browser.text("#messages").contains("Le ticket " + duplicate + " est fusionné ici."), browser::describe);
        assertTrue(browser.text("h1").startsWith(reference), browser::describe);
        assertTrue(browser.text("#timeline").contains("le ticket " + duplicate + " y est fusionné"), browser::describe);
        browser.assertAccessible();
        browser.go("/ticket/view.xhtml?ref=" + duplicate);
        assertEquals("Clos", browser.text("#ticket-status"), browser::describe);
        assertTrue(browser.text("#ticket-merged-into").startsWith(reference), browser::describe);
        browser.assertAccessible();

        browser.logIn("corbas.agent2", "Demo-2026");
        // Her home page is her to-do list: the question waits for her answer.
        String toDo = browser.text("#todo-section-agent");
        assertTrue(toDo.contains("Tickets qui attendent votre réponse"), toDo);
        assertTrue(toDo.contains(reference + " — Imprimante du service état civil hors ligne — En attente du demandeur"), toDo);
        browser.assertAccessible();
        browser.screenshot("home-agent");
        browser.go("/ticket/list.xhtml");
        assertTrue(browser.text("#tickets\\:table").contains(reference), browser::describe);
        String exported = Files.readString(browser.download(By.id("tickets:exportCsv"), ".csv"), StandardCharsets.UTF_8);
        assertTrue(exported.contains(reference + ";Imprimante du service état civil hors ligne;"), exported);
        browser.go("/ticket/view.xhtml?ref=" + reference);
        assertEquals("Jérôme Mathieu", browser.text("#ticket-requester"), browser::describe);
        browser.assertAccessible();
    }
}
