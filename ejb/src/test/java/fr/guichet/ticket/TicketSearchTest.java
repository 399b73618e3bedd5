package fr.guichet.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class TicketSearchTest {

    private static final CallerIdentity TECHNICIAN = new CallerIdentity(7, "tech1", "Tech", null, null, Set.of(Role.TECHNICIAN), "fr");
    private static final CallerIdentity AGENT = new CallerIdentity(40, "agent", "Agent", 3L, "Corbas", Set.of(Role.AGENT), "fr");
    private static final CallerIdentity REFERENT = new CallerIdentity(41, "ref", "Réf", 3L, "Corbas", Set.of(Role.REFERENT), "fr");

    private static TicketFilter filter(Long member, Set<TicketStatus> statuses, String text, TicketFilter.Sort sort) {
        return new TicketFilter(member, statuses, null, null, null, null, text, null, false, sort);
    }

    @Test
    void theMainListsAreServedByAnIndexInTheirOrder() {
        assertEquals("ix_ticket_member_open_priority",
                new TicketSearch(TECHNICIAN, filter(5L, TicketFilter.OPEN, null, TicketFilter.Sort.PRIORITY)).servingIndex());
        assertEquals("ix_ticket_open_due", new TicketSearch(TECHNICIAN, filter(null, TicketFilter.OPEN, null, TicketFilter.Sort.DUE))
                .servingIndex());
        assertEquals("ix_ticket_member_any_created", new TicketSearch(REFERENT, filter(null, Set.of(), null, TicketFilter.Sort.CREATED))
                .servingIndex());
        assertEquals("ix_ticket_requester_open", new TicketSearch(AGENT, filter(null, TicketFilter.OPEN, null, TicketFilter.Sort.CREATED))
                .servingIndex());
        assertEquals("PRIMARY", new TicketSearch(TECHNICIAN, filter(null, Set.of(), "imprimante", TicketFilter.Sort.CREATED))
                .servingIndex());
        assertEquals("ix_word_member", new TicketSearch(AGENT, filter(null, Set.of(), "imprimante", TicketFilter.Sort.CREATED))
                .servingIndex());
        assertNull(new TicketSearch(TECHNICIAN, filter(null, Set.of(TicketStatus.NEW), null, TicketFilter.Sort.PRIORITY)).servingIndex());
    }

    @Test
    void aCommuneUserIsScopedToTheirMemberWhateverTheFilterSays() {
        TicketSearch.Statement page = new TicketSearch(REFERENT, filter(99L, TicketFilter.OPEN, null, TicketFilter.Sort.DUE)).pageIds(50, 0);
        assertTrue(page.sql().contains("t.member_id = ?"), page.sql());
        assertEquals(3L, page.parameters().get(0));
        assertFalse(page.parameters().contains(99L));
    }

    @Test
    void anAgentReadsTheirOwnAndWatchedTicketsOnly() {
        TicketSearch search = new TicketSearch(AGENT, filter(null, TicketFilter.OPEN, null, TicketFilter.Sort.CREATED));
        TicketSearch.Statement page = search.pageIds(20, 40);
        assertTrue(page.sql().contains("t.requester_id = ?") && page.sql().contains("w.user_id = ?"), page.sql());
        assertTrue(page.sql().contains("LIMIT 60") && page.sql().endsWith("LIMIT 20 OFFSET 40"), page.sql());
        assertEquals(List.of(40L, 3L, 1, 40L, 3L, 1, 40L, 3L, 1), page.parameters());
        assertTrue(search.countIsCapped());
    }

    @Test
    void theTicketsAnAgentWatchesComeNewestFirstFromTheirWatchesOpenStateFirst() {
        TicketSearch open = new TicketSearch(AGENT, filter(null, TicketFilter.OPEN, null, TicketFilter.Sort.CREATED));
        assertEquals("ix_watched_open", open.watchedIndex());
        String sql = open.pageIds(50, 0).sql();
        assertTrue(sql.contains("FROM watched_ticket w FORCE INDEX (ix_watched_open)")
                && sql.contains("w.open_state = ?") && sql.contains("ORDER BY w.created_at DESC, w.ticket_id DESC LIMIT 50"), sql);
        assertEquals("ix_watched_any", new TicketSearch(AGENT, filter(null, Set.of(), null, TicketFilter.Sort.CREATED)).watchedIndex());
    }

    @Test
    void countsOfAMembersStatusesComeFromTheTallies() {
        TicketSearch search = new TicketSearch(TECHNICIAN, filter(5L, TicketFilter.OPEN, null, TicketFilter.Sort.PRIORITY));
        assertTrue(search.count().sql().startsWith("SELECT COALESCE(SUM(tickets), 0) FROM ticket_tally"), search.count().sql());
        assertFalse(search.countIsCapped());
        assertEquals(List.of(5L, "ASSIGNED", "IN_PROGRESS", "NEW", "REOPENED", "WAITING_REQUESTER"), search.count().parameters());
    }

    @Test
    void aPageOfAMembersOpenTicketsIsOneStatementCarryingItsTotal() {
        TicketSearch search = new TicketSearch(TECHNICIAN, filter(5L, TicketFilter.OPEN, null, TicketFilter.Sort.PRIORITY));
        TicketSearch.Statement page = search.page(50, 100);
        assertTrue(search.pageCarriesTotal());
        assertTrue(page.sql().contains(", (SELECT COALESCE(SUM(tickets), 0) FROM ticket_tally WHERE 1 = 1 AND member_id = ?"
                + " AND status IN (?, ?, ?, ?, ?)) AS total FROM (SELECT t.id FROM ticket t FORCE INDEX (ix_ticket_member_open_priority)"),
                page.sql());
        assertTrue(page.sql().endsWith("LIMIT 50 OFFSET 100) p JOIN ticket t ON t.id = p.id" + TicketSearch.FROM.substring(" FROM ticket t".length())
                + " ORDER BY t.priority, t.due_order, t.id"), page.sql());
        assertEquals(List.of(5L, "ASSIGNED", "IN_PROGRESS", "NEW", "REOPENED", "WAITING_REQUESTER", 5L, 1), page.parameters(),
                "the total's parameters come first, as its subquery does in the text");
    }

    @Test
    void aPageThatTheTalliesCannotCountCarriesNoTotal() {
        TicketSearch search = new TicketSearch(AGENT, filter(null, TicketFilter.OPEN, null, TicketFilter.Sort.CREATED));
        assertFalse(search.pageCarriesTotal());
        assertFalse(search.page(20, 0).sql().contains("AS total"));
        assertEquals(search.pageIds(20, 0).parameters(), search.page(20, 0).parameters());
    }

    @Test
    void everyWordIsRequiredTheLongestDrivesTheScan() {
        TicketSearch.Statement page = new TicketSearch(TECHNICIAN, filter(null, Set.of(), "Pannes imprimante", TicketFilter.Sort.CREATED))
                .pageIds(50, 0);
        assertEquals(List.of("imprimante", "panne"), page.parameters());
        assertTrue(page.sql().contains("ORDER BY w.created_at DESC, w.ticket_id DESC LIMIT 50"), page.sql());
    }

    @Test
    void aReferenceIsLookedUpAsSuch() {
        TicketSearch.Statement page = new TicketSearch(TECHNICIAN, filter(null, Set.of(), "GUI-2026-000042", TicketFilter.Sort.CREATED))
                .pageIds(50, 0);
        assertTrue(page.sql().contains("t.reference = ?"), page.sql());
        assertEquals(List.of("GUI-2026-000042"), page.parameters());
    }
}
