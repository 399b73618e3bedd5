package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The ticket journey with the keyboard only, no click: the skip link comes first, every element reached by Tab
 * shows where the focus is, and an agent logs in, opens a ticket, finds it in her list, answers on it and reaches
 * the accessibility statement and the licence from the footer. (Guichet has no modal dialog whose focus would need trapping.)
 */
class KeyboardBrowserIT extends BrowserTestCase {

    /** More Tab presses than this to reach an element would be a journey no keyboard user finishes. */
    private static final int MAX_TABS = 80;

    @Test
    void anAgentOpensAndAnswersATicketWithTheKeyboardOnly() {
        browser.driver.manage().deleteAllCookies();
        browser.go("/login.xhtml");
        tab();
        assertTrue(focused().getAttribute("class").contains("skip-link"), "the skip link comes first: " + describe(focused()));
        assertFocusVisible();

        tabTo(e -> "login:username".equals(e.getAttribute("id")));
        type("corbas.agent3");
        tabTo(e -> "login:password".equals(e.getAttribute("id")));
        type("Demo-2026");
        enterAndWait();
        assertTrue(browser.text("header").contains("Corbas"), browser::describe);

        tabTo(e -> "a".equals(e.getTagName()) && e.getAttribute("href") != null && e.getAttribute("href").contains("/ticket/list"));
        enterAndWait();
        tabTo(e -> "newTicket".equals(e.getAttribute("id")));
        enterAndWait();
        assertEquals("Ouvrir un ticket", browser.text("main h1"), browser::describe);

        tabTo(e -> "ticket:subject".equals(e.getAttribute("id")));
        type("Clavier : le scanner du service urbanisme ne numérise plus");
        tabTo(e -> "ticket:description".equals(e.getAttribute("id")));
        type("Le scanner affiche une erreur de carte réseau depuis ce matin.");
        tabTo(e -> "ticket:open".equals(e.getAttribute("id")));
        enterAndWait();
        assertTrue(browser.text("main h1").contains("le scanner du service urbanisme"), browser::describe);
        String reference = browser.text("main h1").split(" ")[0];

        tabTo(e -> "a".equals(e.getTagName()) && e.getAttribute("href") != null && e.getAttribute("href").contains("/ticket/list"));
        enterAndWait();
        tabTo(e -> "a".equals(e.getTagName()) && e.getText().startsWith(reference));
        enterAndWait();
        tabTo(e -> "view:reply".equals(e.getAttribute("id")));
        type("Le voyant réseau du scanner clignote orange.");
        tabTo(e -> "view:comment".equals(e.getAttribute("id")));
        enterAndWait();
        assertTrue(browser.text("main").contains("Le voyant réseau du scanner clignote orange."), browser::describe);

        tabTo(e -> "footerAccessibility".equals(e.getAttribute("id")));
        enterAndWait();
        assertEquals("Déclaration d'accessibilité", browser.text("main h1"), browser::describe);
        assertTrue(browser.text("#conformity").contains("non conforme"), browser::describe);
        browser.assertAccessible();

        tabTo(e -> "footerLicence".equals(e.getAttribute("id")));
        enterAndWait();
        assertEquals("Licence : logiciel libre", browser.text("main h1"), browser::describe);
        assertTrue(browser.text("main pre").startsWith("EUROPEAN UNION PUBLIC LICENCE v. 1.2"), browser::describe);
        browser.assertAccessible();
    }

    /** Presses Tab until {@code wanted} has the focus, checking on the way that each focused element shows it. */
    private static void tabTo(Predicate<WebElement> wanted) {
        List<String> path = new ArrayList<>();
        for (int i = 0; i < MAX_TABS; i++) {
            tab();
            WebElement element = focused();
            path.add(describe(element));
            assertFocusVisible();
            if (wanted.test(element)) {
                return;
            }
        }
        fail("not reached with " + MAX_TABS + " Tab presses: " + String.join(" → ", path));
    }

    private static void tab() {
        new Actions(browser.driver).sendKeys(Keys.TAB).perform();
    }

    private static void type(String text) {
        new Actions(browser.driver).sendKeys(text).perform();
    }

    /** Enter on the focused link or button, then waits for the next page. */
    private static void enterAndWait() {
        WebElement before = browser.driver.findElement(By.tagName("html"));
        new Actions(browser.driver).sendKeys(Keys.ENTER).perform();
        new WebDriverWait(browser.driver, Duration.ofSeconds(30)).until(ExpectedConditions.stalenessOf(before));
        new WebDriverWait(browser.driver, Duration.ofSeconds(30))
                .until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private static WebElement focused() {
        return browser.driver.switchTo().activeElement();
    }

    /** The focused element draws an outline or a shadow (the page's :focus-visible style or the browser's ring). */
    private static void assertFocusVisible() {
        WebElement element = focused();
        Object visible = ((JavascriptExecutor) browser.driver).executeScript("const s = getComputedStyle(arguments[0]);"
                + " return (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || (s.boxShadow && s.boxShadow !== 'none');", element);
        assertTrue(Boolean.TRUE.equals(visible), "focus not visible on " + describe(element) + " at " + browser.driver.getCurrentUrl());
    }

    private static String describe(WebElement element) {
        String id = element.getAttribute("id");
        return element.getTagName() + (id == null || id.isEmpty() ? "" : "#" + id) + " « " + element.getText().strip() + " »";
    }
}
