package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The dashboards in a real browser: a commune's référent reads their dashboard, changes the period and
 * exports it to ODS; the director compares the members and simulates next year's budget.
 */
class ReportBrowserIT extends BrowserTestCase {

    @Test
    void referentReadsAndExportsDirectorComparesAndSimulates() throws IOException {
        browser.logIn("vaulx-en-velin.referent", "Demo-2026");
        browser.submit(By.id("navDashboard"));
        assertTrue(browser.text("#periodHeading").startsWith("Vaulx-en-Velin"), browser::describe);
        assertTrue(browser.driver.findElements(By.id("dashboard:member")).isEmpty(), "a référent has no commune to choose");
        assertTrue(Integer.parseInt(browser.text("#kpiOpened").replace("\u00a0", "").replace("\u202f", "")) > 0);
        assertTrue(browser.text("#costsTable").contains("Mutualisé"), browser::describe);
        browser.assertAccessible();

        int lastYear = LocalDate.now().getYear() - 1;
        new Select(browser.driver.findElement(By.id("dashboard:preset"))).selectByValue("lastYear");
        browser.submit(By.id("dashboard:show"));
        assertEquals("Vaulx-en-Velin — du 01/01/" + lastYear + " au 31/12/" + lastYear, browser.text("#periodHeading"),
                browser::describe);
        assertTrue(browser.text("#monthsTable").contains(lastYear + "-12"));

        Path ods = browser.download(By.id("dashboard:exportOds"), ".ods");
        assertOpenDocument(ods, "table:name=\"Tickets par mois\"", "Quote-part des coûts");
        browser.assertAccessible();

        browser.logIn("directeur", "Demo-2026");
        browser.submit(By.id("navDirection"));
        String members = browser.text("#membersTable");
        assertTrue(members.contains("Vénissieux") && members.contains("Vaulx-en-Velin") && members.contains("Ville de Lyon"),
                browser::describe);
        assertTrue(browser.text("#servicesTable").contains("Messagerie collaborative"));
        browser.assertAccessible();

        browser.submit(By.id("simulationLink"));
        WebElement firstCost = browser.driver.findElement(By.id("budgetTable"))
                .findElement(By.cssSelector("tbody tr input[type=text]"));
        firstCost.clear();
        firstCost.sendKeys("1000000");
        browser.submit(By.id("simulation:simulate"));
        assertTrue(browser.text("#messages").contains("rien n'a été enregistré"), browser::describe);
        assertTrue(browser.text("#resultTable").contains("Vaulx-en-Velin"), browser::describe);
        browser.assertAccessible();

        browser.submit(By.id("simulation:adopt"));
        assertTrue(browser.text("#messages").contains("enregistré"), browser::describe);
        assertTrue(browser.text("#resultTable").contains("Vaulx-en-Velin"), browser::describe);
        assertTrue(browser.driver.findElements(By.id("simulation:adopt")).isEmpty(), "recorded once");
        browser.assertAccessible();

        browser.go("/report/keys.xhtml");
        assertTrue(browser.driver.getCurrentUrl().endsWith("/cost/keys.xhtml"), "the old address leads to the page's home: "
                + browser.driver.getCurrentUrl());
        assertTrue(browser.text("#weightsTable").contains("Vénissieux"), browser::describe);
        browser.assertAccessible();
        new Select(browser.driver.findElement(By.id("choice:key"))).selectByValue("comite");
        browser.submit(By.id("choice:show"));
        By venissieux = By.cssSelector("input[aria-label='Poids — Vénissieux']");
        browser.driver.findElement(venissieux).clear();
        browser.driver.findElement(venissieux).sendKeys("26");
        browser.submit(By.id("key:save"));
        assertTrue(browser.text("#messages").contains("enregistrée"), browser::describe);
        assertEquals("26", browser.driver.findElement(venissieux).getAttribute("value"));
        browser.assertAccessible();
        assertOpenDocument(browser.download(By.id("key:exportOds"), ".ods"), "Vénissieux", "office:value=\"26\"");
        browser.driver.findElement(By.id("newKey:code")).sendKeys("comite");
        browser.submit(By.id("newKey:create"));
        assertTrue(browser.text("#messages").contains("existe déjà"), browser::describe);
        assertEquals("26", browser.driver.findElement(venissieux).getAttribute("value"), "an existing key is never emptied");
    }

    /** An ODS file opens: a zip whose first entry is the uncompressed mimetype, with content.xml. */
    private static void assertOpenDocument(Path file, String... fragments) throws IOException {
        String content = null;
        try (ZipInputStream zip = new ZipInputStream(Files.newInputStream(file))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            assertEquals("application/vnd.oasis.opendocument.spreadsheet", new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        assertTrue(content != null, "an ODS has a content.xml");
        for (String fragment : fragments) {
            assertTrue(content.contains(fragment), fragment + " in " + content);
        }
    }
}
