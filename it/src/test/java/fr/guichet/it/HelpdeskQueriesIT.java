package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.ticket.TicketFilter;
import fr.guichet.ticket.TicketSearch;
import jakarta.json.JsonObject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The guards of the helpdesk's core calls (issue 13): each sends a small fixed number of SQL statements
 * whatever the data (an N+1 would grow with the comments or the page), and each list query's order comes
 * from an index, never from a sort of the ticket table. The benchmark measures speed; this test keeps
 * the shape that makes it.
 */
@ExtendWith(ArquillianExtension.class)
class HelpdeskQueriesIT {

    private static final String STATEMENTS = "X-Guichet-Sql-Statements";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void eachCoreCallSendsAFewStatementsWhateverTheTicketHolds() {
        long corbas = ApiIT.memberId("corbas");
        // Opening a ticket also reads, now and then, the SLA settings (kept a minute per node) and, once, the reply
        // secret: of two tickets opened in a row, one at least reads neither.
        String body = "{\"subject\":\"Imprimante du guichet état civil en panne\",\"description\":\"Plus rien ne sort"
                + " depuis la mise à jour.\",\"type\":\"incident\",\"impact\":\"user\",\"urgency\":\"medium\"}";
        Api.Reply first = Api.as("corbas.agent1").post("/api/v1/tickets", body);
        Api.Reply created = Api.as("corbas.agent1").post("/api/v1/tickets", body);
        assertEquals(201, first.status(), first.body());
        assertEquals(201, created.status(), created.body());
        int opened = Math.min(statements(first), statements(created));
        long id = created.json().getJsonNumber("id").longValue();
        int detailBefore = statements(Api.as("tech1").get("/api/v1/tickets/" + id));
        for (int i = 0; i < 3; i++) {
            assertEquals(201, Api.as("tech1").post("/api/v1/tickets/" + id + "/comments",
                    "{\"body\":\"Relance " + i + "\",\"internal\":" + (i == 1) + "}").status());
        }
        Api.Reply detail = Api.as("tech1").get("/api/v1/tickets/" + id);
        assertEquals(4, detail.json().getJsonArray("comments").size() + 1, detail.body());
        assertEquals(detailBefore, statements(detail), "a ticket's detail reads the same whatever it holds");

        Map<String, Integer> budgets = Map.of(
                "W1 open a ticket", 11,
                // One statement: the page and its total (the caller's account is read before counting starts).
                "W2 open tickets of a member by priority", 1,
                // Ticket, watchers, links, comments, history, files, names (related tickets only when there are some).
                "W3 one ticket with comments and history", 7,
                "W4 a word, newest first", 2,
                "W5 open count of a member", 1,
                "W6 an agent's open tickets", 2);
        Map<String, Integer> counted = Map.of(
                "W1 open a ticket", opened,
                "W2 open tickets of a member by priority",
                statements(listed("tech1", "/api/v1/tickets?member=" + corbas + "&status=open&sort=priority&size=50")),
                "W3 one ticket with comments and history", statements(detail),
                "W4 a word, newest first", statements(listed("tech1", "/api/v1/tickets?q=imprimante&sort=-created&size=50")),
                "W5 open count of a member", statements(listed("tech1", "/api/v1/tickets?member=" + corbas + "&status=open&size=1")),
                "W6 an agent's open tickets", statements(listed("corbas.agent1", "/api/v1/tickets?status=open&size=50")));
        counted.forEach((call, count) -> System.out.println("[statements] " + call + ": " + count));
        budgets.forEach((call, budget) -> assertTrue(counted.get(call) <= budget,
                call + " sent " + counted.get(call) + " SQL statements, more than its " + budget));
    }

    @Test
    void wordSearchFindsAccentsAndPluralsAndCountsFromTheTallies() {
        Api.Reply created = Api.as("corbas.agent1").post("/api/v1/tickets", "{\"subject\":\"Réparations du photocopieur Zygomatix\","
                + "\"description\":\"Bourrage papier.\",\"type\":\"incident\",\"impact\":\"user\",\"urgency\":\"low\"}");
        assertEquals(201, created.status(), created.body());
        String reference = created.json().getString("reference");
        JsonObject found = Api.as("tech1").get("/api/v1/tickets?q=reparation%20zygomatix").json();
        assertEquals(1, found.getInt("total"));
        assertEquals(reference, found.getJsonArray("items").getJsonObject(0).getString("reference"));
        assertEquals(0, Api.as("givors.referent").get("/api/v1/tickets?q=zygomatix").json().getInt("total"), "another member's");

        long corbas = ApiIT.memberId("corbas");
        JsonObject open = Api.as("tech1").get("/api/v1/tickets?member=" + corbas + "&status=open&size=1").json();
        assertEquals(Sql.number("SELECT COUNT(*) FROM ticket WHERE member_id = ? AND status NOT IN ('RESOLVED', 'CLOSED')", corbas),
                open.getJsonNumber("total").longValue(), "the tallies agree with the table");
        assertTrue(open.getBoolean("totalExact"));
    }

    @Test
    void everyListOrderComesFromAnIndex() {
        long corbas = ApiIT.memberId("corbas");
        long tech = Sql.number("SELECT id FROM user_account WHERE login = 'tech1'");
        long agent = Sql.number("SELECT id FROM user_account WHERE login = 'corbas.agent1'");
        long referent = Sql.number("SELECT id FROM user_account WHERE login = 'corbas.referent'");
        CallerIdentity technician = new CallerIdentity(tech, "tech1", "", null, null, Set.of(Role.TECHNICIAN), "fr");
        CallerIdentity commune = new CallerIdentity(agent, "corbas.agent1", "", corbas, "", Set.of(Role.AGENT), "fr");
        CallerIdentity referentOfCorbas = new CallerIdentity(referent, "corbas.referent", "", corbas, "", Set.of(Role.REFERENT), "fr");
        List<String> checked = new ArrayList<>();
        for (TicketFilter.Sort sort : List.of(TicketFilter.Sort.DUE, TicketFilter.Sort.PRIORITY, TicketFilter.Sort.CREATED)) {
            checked.add(explain(technician, new TicketFilter(corbas, TicketFilter.OPEN, null, null, null, null, null, null, false, sort)));
            checked.add(explain(technician, new TicketFilter(null, TicketFilter.OPEN, null, null, null, null, null, null, false, sort)));
            checked.add(explain(referentOfCorbas, new TicketFilter(null, TicketFilter.OPEN, null, null, null, null, null, null, false, sort)));
        }
        checked.add(explain(technician, new TicketFilter(null, TicketFilter.OPEN, null, null, null, null, null, null, true, TicketFilter.Sort.DUE)));
        checked.add(explain(technician, new TicketFilter(null, TicketFilter.OPEN, null, 1L, null, null, null, null, false, TicketFilter.Sort.DUE)));
        checked.add(explain(technician, new TicketFilter(null, Set.of(), null, null, null, null, null, null, false, TicketFilter.Sort.CREATED)));
        checked.add(explain(referentOfCorbas, new TicketFilter(null, Set.of(), null, null, null, null, null, null, false, TicketFilter.Sort.CREATED)));
        checked.add(explain(commune, new TicketFilter(null, TicketFilter.OPEN, null, null, null, null, null, null, false, TicketFilter.Sort.CREATED)));
        checked.add(explain(commune, new TicketFilter(null, Set.of(), null, null, null, null, null, null, false, TicketFilter.Sort.CREATED)));
        checked.add(explain(technician, new TicketFilter(null, Set.of(), null, null, null, null, "imprimante panne", null, false, TicketFilter.Sort.CREATED)));
        checked.add(explain(commune, new TicketFilter(null, TicketFilter.OPEN, null, null, null, null, "imprimante", null, false, TicketFilter.Sort.CREATED)));
        checked.forEach(line -> System.out.println("[explain] " + line));
    }

    /** EXPLAIN of a page's ids: the ticket table (or the word index) read in order through the named index. */
    private static String explain(CallerIdentity who, TicketFilter filter) {
        TicketSearch search = new TicketSearch(who, filter);
        TicketSearch.Statement page = search.pageIds(50, 0);
        List<Map<String, Object>> plan = Sql.rows("EXPLAIN " + page.sql(), page.parameters());
        String index = search.servingIndex();
        assertTrue(index != null, "no index serves " + filter);
        // An agent's list merges two parts: their own tickets, and those they watch, each read from its index.
        boolean watched = page.sql().contains("watched_ticket w");
        boolean served = false;
        boolean watchesServed = !watched;
        for (Map<String, Object> step : plan) {
            String table = String.valueOf(step.get("table"));
            String extra = Objects.toString(step.get("Extra"), "");
            if (table.equals("t") || table.equals("w")) {
                assertFalse(extra.contains("filesort"), filter + " sorts " + table + ": " + plan + "\n" + page.sql());
            }
            served |= index.equals(step.get("key"));
            watchesServed |= search.watchedIndex().equals(step.get("key"));
        }
        assertTrue(served, filter + " does not read " + index + ": " + plan);
        assertTrue(watchesServed, filter + " does not read the watches through " + search.watchedIndex() + ": " + plan);
        // The whole page: those ids first, then each row by its primary key; only the page's rows are sorted.
        TicketSearch.Statement whole = search.page(50, 0);
        List<Map<String, Object>> wholePlan = Sql.rows("EXPLAIN " + whole.sql(), whole.parameters());
        assertTrue(String.valueOf(wholePlan.get(0).get("table")).startsWith("<derived"), filter + " reads rows first: " + wholePlan);
        for (Map<String, Object> step : wholePlan.subList(1, wholePlan.size())) {
            if ("PRIMARY".equals(step.get("select_type"))) {
                assertEquals("eq_ref", step.get("type"), filter + " joins " + step.get("table") + " otherwise: " + wholePlan);
            }
        }
        return index + " <- " + filter.sort() + (filter.text() == null ? "" : " q=" + filter.text()) + " as " + who.login();
    }

    private static Api.Reply listed(String login, String path) {
        Api.Reply reply = Api.as(login).get(path);
        assertEquals(200, reply.status(), reply.body());
        return reply;
    }

    private static int statements(Api.Reply reply) {
        return Integer.parseInt(reply.headers().firstValue(STATEMENTS).orElseThrow(() -> new AssertionError("no " + STATEMENTS)));
    }
}
