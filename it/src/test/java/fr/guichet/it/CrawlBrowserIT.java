package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.JavascriptExecutor;

/**
 * Every page each role reaches from the navigation, and one detail page of each kind, in a real browser:
 * accessible (axe-core, WCAG 2.1 AA), answered without an HTTP error, with one main heading, and showing no
 * session cookie, no request dump, no stack trace, no missing bundle key and no column without a title. It replaces lists of
 * pages that new pages forget.
 *
 * <p>Pages are deduplicated by kind (path and parameter names): one ticket stands for all tickets. With
 * {@code -Dguichet.crawl.screenshots=true} every page visited is saved under target/screenshots; a page
 * with a finding always is.
 */
class CrawlBrowserIT extends BrowserTestCase {

    private static final String PASSWORD = "Demo-2026";

    /** One demo login per role, in the order of their reach. */
    private static final Map<String, String> ROLES = new LinkedHashMap<>();

    static {
        ROLES.put("agent", "givors.agent1");
        ROLES.put("référent", "givors.referent");
        ROLES.put("technician", "tech1");
        ROLES.put("manager", "chef.projet1");
        ROLES.put("director", "directeur");
        ROLES.put("admin", "admin");
    }

    /** Far above today's reach (35 kinds for the admin): a role that reaches more is reported, not cut silently. */
    private static final int MAX_PAGES_PER_ROLE = 60;

    /** The error pages' titles (errors/*.xhtml), should a status be unknown. */
    private static final Set<String> ERROR_TITLES = Set.of("Accès refusé", "Page introuvable", "Erreur", "Session expirée");

    /** What a printed request looks like (a map of headers), in any case. */
    private static final List<String> REQUEST_DUMP = List.of("cookie=", "user-agent=", "accept-language=", "accept=");

    private static final List<String> STACK_TRACE = List.of("Exception", "at fr.guichet.", "jakarta.", "org.jboss");

    /** Status, visible text, markup, headings, untitled column headers and links of the page, in one round trip. */
    private static final String READ_PAGE = """
            const navigation = performance.getEntriesByType('navigation')[0];
            const untitled = Array.from(document.querySelectorAll('thead th'))
                .filter(th => !th.textContent.trim() && !(th.getAttribute('aria-label') || '').trim())
                .map(th => { const table = th.closest('table'); return table.id || table.className || 'table'; });
            return {status: navigation ? navigation.responseStatus : 0, text: document.body.innerText,
                    html: document.documentElement.outerHTML,
                    title: (document.querySelector('main h1') || {}).textContent || '',
                    headings: document.querySelectorAll('main h1').length, untitled: untitled,
                    links: Array.from(document.querySelectorAll('a[href]'), a => a.href)};
            """;

    private final boolean screenshotAll = Boolean.getBoolean("guichet.crawl.screenshots");

    @Test
    void everyPageEachRoleReachesIsAccessibleAndLeaksNothing() {
        givenGivorsHasAServiceRequest();
        List<String> findings = new ArrayList<>();
        Map<String, Integer> counts = new LinkedHashMap<>();
        ROLES.forEach((role, login) -> {
            browser.logIn(login, PASSWORD);
            assertFalse(browser.driver.getCurrentUrl().contains("/login.xhtml"), role + " logs in: " + browser.describe());
            counts.put(role, crawl(role, findings));
        });
        counts.forEach((role, pages) -> System.out.println("[crawl] role " + role + ": " + pages + " pages"));
        System.out.println("[crawl] total: " + counts.values().stream().mapToInt(Integer::intValue).sum() + " pages");
        assertTrue(findings.isEmpty(), () -> findings.size() + " findings:\n" + String.join("\n", findings));
    }

    /** The demo data holds no service request: one makes the request page reachable from the lists. */
    private static void givenGivorsHasAServiceRequest() {
        Api agent = Api.as(ROLES.get("agent"));
        if (agent.get("/api/v1/requests").json().getInt("total") == 0) {
            Api.Reply created = agent.post("/api/v1/requests", "{\"serviceId\":" + RequestsIT.serviceId("Messagerie collaborative")
                    + ",\"answers\":{\"mailboxes\":1,\"service_name\":\"Service des archives\"}}");
            assertEquals(201, created.status(), created::toString);
        }
    }

    /** Visits, breadth first from the landing page, one page of each kind the role can reach. */
    private int crawl(String role, List<String> findings) {
        Deque<String> queue = new ArrayDeque<>(List.of(browser.driver.getCurrentUrl()));
        Set<String> kinds = new HashSet<>(Set.of(kind(URI.create(browser.driver.getCurrentUrl()))));
        int visited = 0;
        while (!queue.isEmpty() && visited < MAX_PAGES_PER_ROLE) {
            String url = queue.poll();
            browser.driver.get(url);
            visited++;
            for (String link : inspect(role, url, findings)) {
                if (kinds.add(kind(URI.create(link)))) {
                    queue.add(link);
                }
            }
        }
        if (!queue.isEmpty()) {
            findings.add(role + ": more than " + MAX_PAGES_PER_ROLE + " kinds of page, " + queue + " not visited");
        }
        return visited;
    }

    /** Records what is wrong with the current page and returns the links worth following from it. */
    @SuppressWarnings("unchecked")
    private List<String> inspect(String role, String url, List<String> findings) {
        Map<String, Object> page = (Map<String, Object>) ((JavascriptExecutor) browser.driver).executeScript(READ_PAGE);
        String where = role + " " + url.substring(Deployments.BASE_URL.length()) + ": ";
        List<String> found = new ArrayList<>();
        long status = ((Number) page.get("status")).longValue();
        String title = ((String) page.get("title")).trim();
        if (status >= 400 || ERROR_TITLES.contains(title)) {
            found.add("HTTP " + status + " \"" + title + "\"");
        }
        if (((Number) page.get("headings")).intValue() != 1) {
            found.add(page.get("headings") + " main headings (h1) instead of one");
        }
        if (browser.driver.getCurrentUrl().contains("/login.xhtml")) {
            found.add("sent back to the login page");
        }
        String text = (String) page.get("text");
        String lower = text.toLowerCase(Locale.ROOT);
        List<String> dump = REQUEST_DUMP.stream().filter(lower::contains).toList();
        if (!dump.isEmpty()) {
            found.add("request headers printed " + dump);
        }
        List<String> trace = STACK_TRACE.stream().filter(text::contains).toList();
        if (!trace.isEmpty()) {
            found.add("stack trace or class name printed " + trace);
        }
        if (text.contains("???")) {
            found.add("missing bundle key: " + around(text, text.indexOf("???")));
        }
        Cookie session = browser.driver.manage().getCookieNamed("GUICHET_SESSION");
        if (session != null && ((String) page.get("html")).contains(session.getValue())) {
            found.add("session cookie value in the page");
        }
        ((List<String>) page.get("untitled")).forEach(table -> found.add("column without a title in " + table));
        found.addAll(browser.accessibilityViolations());
        if (!found.isEmpty() || screenshotAll) {
            browser.screenshot(role + url.substring(Deployments.BASE_URL.length()).replaceAll("[^A-Za-z0-9.-]+", "_"));
        }
        found.forEach(finding -> findings.add(where + finding));
        return ((List<String>) page.get("links")).stream().map(CrawlBrowserIT::withoutFragment)
                .filter(CrawlBrowserIT::worthFollowing).distinct().toList();
    }

    /** Pages of this application only: no other site, no API, no resource, no download, no logout, no language switch. */
    private static boolean worthFollowing(String link) {
        if (!link.startsWith(Deployments.BASE_URL + "/")) {
            return false;
        }
        URI uri = URI.create(link);
        String path = uri.getPath();
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        return path.endsWith(".xhtml") && !path.contains("logout") && !path.contains("/jakarta.faces.resource/")
                && !query.contains("lang=");
    }

    /** The kind of a page: its path and the names (not values) of its parameters. */
    private static String kind(URI uri) {
        String path = uri.getPath().replaceFirst(";jsessionid=.*$", "");
        String query = uri.getQuery() == null ? "" : uri.getQuery();
        return path + "?" + Arrays.stream(query.split("&")).filter(p -> !p.isEmpty()).map(p -> p.split("=", 2)[0])
                .sorted().collect(Collectors.joining("&"));
    }

    private static String withoutFragment(String link) {
        int hash = link.indexOf('#');
        return hash < 0 ? link : link.substring(0, hash);
    }

    private static String around(String text, int index) {
        return text.substring(Math.max(0, index - 40), Math.min(text.length(), index + 40)).replace('\n', ' ');
    }
}
