package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The request journey in a real browser: an agent finds a service and asks for mailboxes, the commune's
 * référent approves, the syndicate takes and delivers, and the commune's subscription grows.
 */
class CatalogBrowserIT extends BrowserTestCase {

    @Test
    void agentRequestsMailboxesReferentApprovesSyndicateDelivers() {
        browser.logIn("givors.agent1", "Demo-2026");
        browser.go("/catalog/index.xhtml");
        browser.assertAccessible();
        browser.driver.findElement(By.id("catalog:text")).sendKeys("messagerie");
        browser.driver.findElement(By.id("catalog:apply")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElement(By.id("catalog:results")).getText().startsWith("Service")
                        && d.findElements(By.cssSelector("#catalog\\:results a.service-name")).size() <= 3);
        browser.submit(By.linkText("Messagerie collaborative"));
        assertEquals("Messagerie collaborative", browser.text("h1"));
        int before = mailboxes();
        browser.assertAccessible();

        browser.submit(By.id("requestLink"));
        browser.assertAccessible();
        browser.driver.findElement(By.cssSelector("input[type=number]")).sendKeys("5");
        browser.driver.findElements(By.cssSelector("input[type=text].text-input")).get(0).sendKeys("Direction des sports");
        browser.submit(By.id("request:submit"));
        assertTrue(browser.text("#messages").contains("envoyée"), browser::describe);
        assertTrue(browser.text("#request-status").contains("En attente d'approbation"), browser::describe);
        browser.assertAccessible();
        String url = browser.driver.getCurrentUrl();
        String path = url.substring(url.indexOf("/request/view.xhtml"));

        act("givors.referent", path, "approve", "Approuvée");
        act("chef.projet1", path, "take", "En cours");
        act("chef.projet1", path, "deliver", "Livrée");
        browser.assertAccessible();

        browser.logIn("givors.agent1", "Demo-2026");
        browser.go("/catalog/index.xhtml");
        browser.driver.findElement(By.id("catalog:text")).sendKeys("messagerie collaborative");
        browser.driver.findElement(By.id("catalog:apply")).click();
        new WebDriverWait(browser.driver, Duration.ofSeconds(10)).ignoring(StaleElementReferenceException.class)
                .until(d -> d.findElements(By.linkText("Messagerie collaborative")).size() == 1
                        && d.findElements(By.cssSelector("#catalog\\:results a.service-name")).size() == 1);
        browser.submit(By.linkText("Messagerie collaborative"));
        assertEquals(before + 5, mailboxes());
    }

    @Test
    void catalogueIsBrowsedByCategory() {
        browser.logIn("pierre-benite.agent2", "Demo-2026");
        browser.go("/catalog/index.xhtml");
        browser.submit(By.partialLinkText("Sécurité"));
        String results = browser.text("#catalog\\:results");
        assertTrue(results.contains("Sécurité") && !results.contains("Messagerie collaborative"), results);
        browser.assertAccessible();
    }

    @Test
    void agentRegistersToATrainingSessionFromTheServicePage() {
        browser.logIn("saint-chamond.agent1", "Demo-2026");
        browser.go("/catalog/service.xhtml?id=" + RequestsIT.serviceId("Formation bureautique libre"));
        browser.assertAccessible();
        browser.submit(By.cssSelector("button[id$='register']"));
        assertTrue(browser.text("#messages").contains("Inscription enregistrée"), browser::describe);
        assertTrue(browser.text("#training\\:registrations").contains("confirmée"), browser::describe);
        browser.assertAccessible();
    }

    @Test
    void managerAddsAServiceAndPublishesANewFormVersion() {
        browser.logIn("givors.agent1", "Demo-2026");
        browser.go("/catalog/edit.xhtml");
        assertEquals("Accès refusé", browser.text("h1"));

        browser.logIn("chef.projet1", "Demo-2026");
        browser.go("/catalog/index.xhtml");
        browser.submit(By.id("newService"));
        browser.assertAccessible();
        browser.driver.findElement(By.id("service:code")).sendKeys("telephonie-ip");
        browser.driver.findElement(By.id("service:name")).sendKeys("Téléphonie sur IP");
        browser.driver.findElement(By.id("service:summary")).sendKeys("Postes et standard téléphonique mutualisés.");
        browser.driver.findElement(By.id("service:description")).sendKeys("<p>Standard <strong>mutualisé</strong></p><script>alert(1)</script>");
        browser.driver.findElement(By.id("service:links")).sendKeys("Guide de démarrage | https://docs.sitiv.example.fr/toip");
        new org.openqa.selenium.support.ui.Select(browser.driver.findElement(By.id("service:usageSource"))).selectByValue("SUBSCRIPTION");
        browser.submit(By.id("service:save"));
        assertEquals("Téléphonie sur IP", browser.text("h1"), browser::describe);
        assertEquals("https://docs.sitiv.example.fr/toip",
                browser.driver.findElement(By.linkText("Guide de démarrage")).getAttribute("href"));
        assertTrue(!browser.driver.getPageSource().contains("alert(1)"), "descriptions are sanitised");

        browser.submit(By.id("formLink"));
        browser.assertAccessible();
        browser.submit(By.id("form:add"));
        var keys = browser.driver.findElements(By.cssSelector("input[id$=':key']"));
        keys.get(keys.size() - 1).sendKeys("lines");
        var labels = browser.driver.findElements(By.cssSelector("input[id$=':label']"));
        labels.get(labels.size() - 1).sendKeys("Nombre de lignes");
        var types = browser.driver.findElements(By.cssSelector("select[id$=':type']"));
        new org.openqa.selenium.support.ui.Select(types.get(types.size() - 1)).selectByValue("NUMBER");
        var quantity = browser.driver.findElements(By.cssSelector("input[id$=':quantity']"));
        quantity.get(quantity.size() - 1).click();
        browser.submit(By.id("form:publish"));
        assertTrue(browser.text("#messages").contains("Version 2"), browser::describe);

        long id = RequestsIT.serviceId("Téléphonie sur IP");
        var service = Api.as("givors.agent1").get("/api/v1/catalog/services/" + id).json();
        assertEquals("SUBSCRIPTION", service.getString("usageSource"), "its usage is computed from the subscriptions");
        var form = service.getJsonObject("form");
        assertEquals(2, form.getInt("version"));
        assertEquals("lines", form.getJsonArray("fields").getJsonObject(1).getString("key"));
    }

    @Test
    void requestAndSubscriptionListsAreAccessibleAndScoped() {
        browser.logIn("corbas.referent", "Demo-2026");
        browser.go("/subscription/list.xhtml");
        String table = browser.text("#subscriptions\\:table");
        assertTrue(table.contains("Corbas") && !table.contains("Givors"), table);
        browser.assertAccessible();
        browser.submit(By.cssSelector("#subscriptions\\:table a"));
        assertTrue(browser.text("#history").contains("Reprise des abonnements"), browser::describe);
        browser.assertAccessible();
        browser.go("/request/list.xhtml");
        browser.assertAccessible();
        browser.logIn("tech1", "Demo-2026");
        browser.go("/request/list.xhtml");
        assertTrue(browser.driver.findElements(By.id("requests:mine")).size() == 1, "staff can filter their own queue");
        browser.assertAccessible();
    }

    private static void act(String login, String path, String action, String expectedStatus) {
        browser.logIn(login, "Demo-2026");
        browser.go(path);
        browser.submit(By.cssSelector("button.action-" + action));
        assertTrue(browser.text("#request-status").contains(expectedStatus), browser::describe);
    }

    private static int mailboxes() {
        Matcher quantity = Pattern.compile("abonnée : (\\d+) ").matcher(browser.text("#subscription-state"));
        assertTrue(quantity.find(), browser::describe);
        return Integer.parseInt(quantity.group(1));
    }
}
