package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The seeds' drill in a real browser: tech1 declares a major incident from a Givors ticket about the mail service,
 * keeps Givors and Corbas as the members affected, links the Corbas ticket, posts the decision to cut the service;
 * Givors' référent reads it and has it in her mail; tech1 ends the incident and the linked tickets are resolved.
 */
class IncidentBrowserIT extends BrowserTestCase {

    @Test
    void declareLinkDecideInformAndResolve() {
        long mail = Sql.number("SELECT id FROM catalog_service WHERE code = 'messagerie'");
        JsonObject givors = opened("givors.agent1", "Messagerie bloquée à l'accueil", mail);
        JsonObject corbas = opened("corbas.agent1", "Courriels refusés depuis 9 h", mail);

        browser.logIn("tech1", "Demo-2026");
        browser.go("/ticket/view.xhtml?id=" + givors.getJsonNumber("id"));
        browser.submit(By.linkText("Déclarer un incident majeur depuis ce ticket"));
        assertEquals("Messagerie bloquée à l'accueil", browser.driver.findElement(By.id("declare:title")).getAttribute("value"));
        assertEquals("Messagerie collaborative", new Select(browser.driver.findElement(By.id("declare:services")))
                .getFirstSelectedOption().getText(), "the ticket's service comes chosen");
        browser.assertAccessible();
        WebElement title = browser.driver.findElement(By.id("declare:title"));
        title.clear();
        title.sendKeys("Messagerie indisponible pour plusieurs communes");
        browser.submit(By.id("declare:declare"));
        String heading = browser.text("main h1");
        assertTrue(heading.matches("MAJ-\\d{4}-\\d{4,} — Messagerie indisponible pour plusieurs communes"), heading);
        String reference = heading.substring(0, heading.indexOf(' '));
        assertTrue(browser.text("#messages").contains("Incident majeur " + reference + " déclaré."), browser::describe);
        assertTrue(browser.text("#incident-tickets").contains(givors.getString("reference")));
        browser.assertAccessible();

        for (WebElement box : browser.driver.findElements(By.cssSelector("#members input[type=checkbox]"))) {
            String label = browser.driver.findElement(By.cssSelector("label[for='" + box.getAttribute("id") + "']")).getText();
            if (box.isSelected() != Set.of("Givors", "Corbas").contains(label)) {
                box.click();
            }
        }
        browser.submit(By.id("members:affect"));
        assertEquals("Corbas, Givors", browser.text("#incident-members"), browser::describe);
        browser.submit(By.cssSelector("button[aria-label='Lier " + corbas.getString("reference") + "']"));
        assertTrue(browser.text("#incident-tickets").contains(corbas.getString("reference")), browser::describe);

        new Select(browser.driver.findElement(By.id("post:kind"))).selectByValue("CUT_DECISION");
        browser.driver.findElement(By.id("post:decidedBy")).sendKeys("Sophie Mercier, DGS de Givors");
        browser.driver.findElement(By.id("post:body")).sendKeys("Service coupé par précaution.");
        browser.submit(By.id("post:publish"));
        String timeline = browser.text("#incident-timeline");
        assertTrue(timeline.contains("Décision de coupure") && timeline.contains("Décidé par Sophie Mercier, DGS de Givors")
                && timeline.contains("Service coupé par précaution."), timeline);
        browser.assertAccessible();

        browser.driver.manage().deleteAllCookies();
        browser.go("/public/status.xhtml");
        assertEquals("Interrompu", stateOf("Messagerie collaborative"), browser::describe);
        String outsiders = browser.text("main");
        assertTrue(!outsiders.contains("Givors") && !outsiders.contains(reference) && !outsiders.contains("Sophie Mercier"),
                "services and states only: " + outsiders);
        browser.assertAccessible();

        browser.logIn("givors.referent", "Demo-2026");
        browser.submit(By.id("navStatus"));
        assertEquals("Interrompu", stateOf("Messagerie collaborative"));
        browser.assertAccessible();
        browser.submit(By.linkText(reference + " — Messagerie indisponible pour plusieurs communes"));
        assertTrue(browser.text("#incident-timeline").contains("Service coupé par précaution."), browser::describe);
        assertEquals("Givors", browser.text("#incident-members"), "her own organisation only");
        browser.assertAccessible();
        assertEquals(1, Sql.number("SELECT COUNT(*) FROM outbox_message WHERE recipient = 'givors.referent@givors.example.fr'"
                + " AND subject LIKE ? AND body LIKE '%Service coupé par précaution.%'", "%" + reference + " — décision%"));

        browser.logIn("tech1", "Demo-2026");
        browser.go("/incident/list.xhtml");
        browser.submit(By.linkText(reference));
        browser.driver.findElement(By.id("resolve:note")).sendKeys("Le service de messagerie est rétabli.");
        browser.submit(By.id("resolve:resolveIncident"));
        assertEquals("Terminé", browser.text("#incident-status"), browser::describe);
        for (JsonObject ticket : new JsonObject[] {givors, corbas}) {
            assertEquals("RESOLVED", Sql.text("SELECT status FROM ticket WHERE id = ?", ticket.getJsonNumber("id").longValue()));
        }
        browser.driver.manage().deleteAllCookies();
        browser.go("/public/status.xhtml");
        assertEquals("Opérationnel", stateOf("Messagerie collaborative"), "the status page turns operational");
        browser.logIn("tech1", "Demo-2026");
        browser.go("/ticket/view.xhtml?id=" + givors.getJsonNumber("id"));
        assertTrue(browser.text("#ticket-major-incident").contains(reference + " — Messagerie indisponible pour plusieurs communes (Terminé)"),
                browser::describe);
    }

    private static String stateOf(String service) {
        return browser.driver.findElement(By.xpath("//table[@id='statusTable']//tr[th[normalize-space()='" + service + "']]/td[1]")).getText();
    }

    private static JsonObject opened(String login, String subject, long service) {
        Api.Reply created = Api.as(login).post("/api/v1/tickets", "{\"subject\":\"" + subject + "\",\"description\":\"Plus rien ne passe.\","
                + "\"type\":\"incident\",\"impact\":\"service\",\"urgency\":\"high\",\"serviceId\":" + service + "}");
        assertEquals(201, created.status(), created::toString);
        return created.json();
    }
}
