package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The helpdesk journey in a real browser: an agent opens a ticket and is offered an article, a
 * technician takes it and asks a question (the clock pauses), the agent answers by mail, the
 * technician resolves and the agent rates the answer.
 */
class TicketBrowserIT extends BrowserTestCase {

    @Test
    void agentOpensTechnicianAsksAgentAnswersByMailTechnicianResolvesAgentRates() {
        try (TestSmtp smtp = TestSmtp.start()) {
            journey(smtp);
        }
    }

    private void journey(TestSmtp smtp) {
        browser.logIn("corbas.agent2", "Demo-2026");
        browser.go("/ticket/new.xhtml");
        browser.assertAccessible();
        browser.driver.findElement(By.id("ticket:subject")).sendKeys("Mot de passe messagerie oublié");
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("ticket:suggestions")).getText()
                        .contains("Réinitialiser le mot de passe de sa messagerie"));
        browser.assertAccessible();
        browser.driver.findElement(By.id("ticket:description")).sendKeys("Je ne peux plus lire mes courriels depuis ce matin.");
        new Select(browser.driver.findElement(By.id("ticket:service"))).selectByVisibleText("Messagerie collaborative");
        browser.submit(By.id("ticket:open"));
        assertTrue(browser.text("#messages").contains("ouvert"), browser::describe);
        String reference = browser.text("h1").substring(0, "GUI-2026-000000".length());
        String view = browser.driver.getCurrentUrl().substring(browser.driver.getCurrentUrl().indexOf("/ticket/view.xhtml"));
        browser.assertAccessible();

        browser.logIn("tech1", "Demo-2026");
        browser.go("/ticket/list.xhtml");
        Object clipped = ((JavascriptExecutor) browser.driver).executeScript("return [...document.querySelectorAll('td .sla')]"
                + ".filter(b => b.getBoundingClientRect().right > b.closest('td').getBoundingClientRect().right + 1)"
                + ".map(b => b.textContent)");
        assertEquals(List.of(), clipped, "every SLA delay of the queue is read whole, none cut by its column");
        browser.driver.findElement(By.id("tickets:text")).sendKeys(reference);
        browser.driver.findElement(By.id("tickets:apply")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("tickets:table")).getText().contains(reference));
        browser.assertAccessible();
        browser.go(view);
        browser.submit(By.id("view:take"));
        assertEquals("Kevin Lopez", browser.text("#ticket-assignee"), browser::describe);
        browser.driver.findElement(By.id("view:note")).sendKeys("Compte bloqué côté annuaire, à vérifier avant tout.");
        browser.submit(By.id("view:addNote"));
        assertTrue(browser.text("#timeline").contains("Compte bloqué côté annuaire"), browser::describe);
        browser.screenshot("ticket-view-technician");
        browser.driver.findElement(By.id("view:reply")).sendKeys("Avez-vous essayé depuis le portail ?");
        browser.submit(By.cssSelector("button.action-wait_for_requester"));
        assertEquals("En attente du demandeur", browser.text("#ticket-status"), browser::describe);
        assertTrue(browser.text("#ticket-resolution-due").contains("en pause"), "the clock stands still");
        browser.assertAccessible();

        // The agent answers the question's mail: to its Reply-To, the ticket's reply address.
        MailInIT.Mail.from("corbas.agent2@corbas.example.fr", "RE: [Guichet] " + reference + " — nous attendons votre réponse",
                "Oui, le portail refuse aussi.\n\nLe 23/11/2026, Guichet a écrit :\n> Avez-vous essayé ?")
                .to(smtp.replyAddress("corbas.agent2@corbas.example.fr", reference)).send();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).pollingEvery(Duration.ofSeconds(1)).until(d -> {
            browser.go(view);
            return browser.text("#ticket-status").equals("En cours");
        });
        assertTrue(browser.text("#timeline").contains("Oui, le portail refuse aussi."), browser::describe);
        browser.driver.findElement(By.id("view:reply")).sendKeys("Mot de passe réinitialisé, lien envoyé.");
        browser.submit(By.cssSelector("button.action-resolve"));
        assertEquals("Résolu", browser.text("#ticket-status"), browser::describe);

        browser.logIn("corbas.agent2", "Demo-2026");
        browser.go(view);
        browser.assertAccessible();
        String timeline = browser.text("#timeline");
        assertTrue(timeline.contains("Avez-vous essayé depuis le portail ?"), "the question reaches the agent: " + timeline);
        assertFalse(browser.driver.getPageSource().contains("Compte bloqué côté annuaire"), "the internal note never does");
        browser.screenshot("ticket-view-requester");
        new Select(browser.driver.findElement(By.id("view:rating"))).selectByValue("5");
        browser.driver.findElement(By.id("view:ratingComment")).sendKeys("Merci, très rapide.");
        browser.submit(By.id("view:rate"));
        assertTrue(browser.text("#ticket-rating").contains("5/5"), browser::describe);
        browser.go("/ticket/list.xhtml");
        browser.driver.findElement(By.id("tickets:text")).sendKeys(reference);
        browser.driver.findElement(By.id("tickets:apply")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("tickets:table")).getText().contains(reference));
        browser.assertAccessible();
    }

    @Test
    void knowledgeBaseIsSearchedAndInternalArticlesStayInternal() {
        browser.logIn("givors.agent3", "Demo-2026");
        browser.go("/kb/list.xhtml");
        browser.assertAccessible();
        assertTrue(!browser.text("#kb\\:table").contains("Procédure interne"), "communes see public articles only");
        browser.submit(By.linkText("Configurer la messagerie sur un téléphone"));
        assertTrue(browser.text("#article-body").contains("IMAP"), browser::describe);
        browser.assertAccessible();

        browser.logIn("tech2", "Demo-2026");
        browser.go("/kb/list.xhtml");
        assertTrue(browser.text("#kb\\:table").contains("Procédure interne"), browser::describe);
        browser.submit(By.id("newArticle"));
        browser.assertAccessible();
        browser.go("/admin/quarantine.xhtml");
        assertEquals("Accès refusé", browser.text("h1"));
    }
}
