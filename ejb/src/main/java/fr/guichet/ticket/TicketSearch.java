package fr.guichet.ticket;

import fr.guichet.common.SearchWords;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The SQL of a ticket list, written so that its cost does not grow with the table. The caller's scope
 * comes first (a commune user never reaches another member's rows, an agent only their own and those
 * they watch), then the filters. A page is read in two steps: the ids of the page from an index that
 * serves the order (named, so that a plan cannot drift to a sort of the whole scope), then the 50 rows
 * and their names by primary key. Counts read per-member tallies, or count up to {@link #COUNT_CAP}.
 * Words are looked up in {@code ticket_word}, newest first.
 */
public final class TicketSearch {

    /** Beyond this many matches a list says "more than": counting them all would read them all. */
    public static final int COUNT_CAP = 1000;

    static final String COLUMNS = "SELECT t.id, t.reference, t.subject, t.type, t.priority, t.status, t.member_id, m.name,"
            + " s.name, g.name, a.full_name, q.full_name, t.created_at, t.updated_at, t.calendar_code,"
            + " t.resolution_minutes, t.resolution_due, t.first_response_breached, t.resolution_breached";
    /** The names a row shows, joined to its ticket {@code t}. */
    private static final String NAMES = " JOIN member m ON m.id = t.member_id JOIN support_group g ON g.id = t.group_id"
            + " JOIN user_account q ON q.id = t.requester_id LEFT JOIN catalog_service s ON s.id = t.service_id"
            + " LEFT JOIN user_account a ON a.id = t.assignee_id";
    static final String FROM = " FROM ticket t" + NAMES;
    /** The column of {@link #page} holding the list's total, when the tallies count it ({@link #pageCarriesTotal()}). */
    static final int TOTAL_COLUMN = 20;

    private final TicketFilter.Sort sort;
    private final Long memberId;
    /** An agent's list: tickets they asked for, and those they watch. */
    private final Long ownerId;
    private final Long assigneeId;
    private final Long groupId;
    /** 1 for open tickets only, 0 for finished ones only, null for any other choice of statuses. */
    private final Integer openState;
    private final Set<TicketStatus> statuses;
    private final String reference;
    private final List<String> words;
    /** Conditions that no index used here serves: checked on each row the scan reaches. */
    private final Conditions residual = new Conditions();

    public TicketSearch(CallerIdentity who, TicketFilter filter) {
        sort = filter.sort();
        if (!who.isStaff()) {
            memberId = who.memberId();
            ownerId = filter.mine() || !who.hasAnyRole(Role.REFERENT) ? who.userId() : null;
            assigneeId = filter.assigneeId();
        } else {
            memberId = filter.memberId();
            ownerId = null;
            assigneeId = filter.mine() ? Long.valueOf(who.userId()) : filter.assigneeId();
        }
        groupId = filter.groupId();
        statuses = filter.statuses();
        openState = statuses.equals(TicketFilter.OPEN) ? Integer.valueOf(1)
                : statuses.equals(Set.of(TicketStatus.RESOLVED, TicketStatus.CLOSED)) ? Integer.valueOf(0) : null;
        if (filter.priority() != null) {
            residual.add(" AND t.priority = ?", filter.priority().name());
        }
        if (filter.serviceId() != null) {
            residual.add(" AND t.service_id = ?", filter.serviceId());
        }
        if (filter.breached() != null) {
            residual.add(filter.breached() ? " AND (t.first_response_breached OR t.resolution_breached)"
                    : " AND NOT t.first_response_breached AND NOT t.resolution_breached");
        }
        String typed = filter.text() == null ? "" : filter.text().strip();
        reference = TicketReference.findIn(typed).orElse(null);
        words = reference == null ? byLengthDescending(SearchWords.of(typed)) : List.of();
    }

    /** The longest word drives the scan: it is usually the rarest. */
    private static List<String> byLengthDescending(List<String> words) {
        List<String> sorted = new ArrayList<>(words);
        sorted.sort((a, b) -> b.length() - a.length());
        return sorted;
    }

    /** The ids of one page, in list order: the statement and its parameters. */
    public Statement pageIds(int limit, int offset) {
        Statement page;
        if (!words.isEmpty()) {
            page = wordScan(true);
        } else if (ownerId != null && reference == null) {
            return ownedOrWatched(limit, offset);
        } else {
            page = ticketScan(true);
        }
        return page.append(" LIMIT " + limit + " OFFSET " + offset);
    }

    /**
     * One page in one statement: the page's ids from the index that serves the order ({@link #pageIds}), then their
     * rows and names by primary key, in list order (a sort of the page's rows only). When the tallies count the list,
     * its total rides along as column {@link #TOTAL_COLUMN}: a count of open tickets is then a single statement.
     */
    public Statement page(int limit, int offset) {
        Statement ids = pageIds(limit, offset);
        Statement total = pageCarriesTotal() ? count() : new Statement("", List.of());
        return new Statement(COLUMNS.replaceFirst("^SELECT ", "SELECT STRAIGHT_JOIN ")
                + (total.sql().isEmpty() ? "" : ", (" + total.sql() + ") AS total")
                + " FROM (" + ids.sql() + ") p JOIN ticket t ON t.id = p.id" + NAMES + order("t"),
                concat(total.parameters(), ids.parameters()));
    }

    /** True when {@link #page}'s rows carry the list's total (then no count needs a statement of its own). */
    public boolean pageCarriesTotal() {
        return tallyServes();
    }

    /**
     * How many tickets the list holds: exact from the tallies when only member and status filter it,
     * otherwise counted up to {@link #COUNT_CAP} + 1.
     */
    public Statement count() {
        if (tallyServes()) {
            Conditions where = new Conditions();
            if (memberId != null) {
                where.add(" AND member_id = ?", memberId);
            }
            addStatuses(where, "status");
            return new Statement("SELECT COALESCE(SUM(tickets), 0) FROM ticket_tally WHERE 1 = 1" + where.sql, where.values);
        }
        if (words.isEmpty() && ownerId != null && reference == null) {
            Statement own = ownedTickets("t.id").append(" LIMIT " + (COUNT_CAP + 1));
            Statement watched = watchedNotOwned("t.id");
            return new Statement("SELECT (SELECT COUNT(*) FROM (" + own.sql() + ") o) + (SELECT COUNT(*) FROM ("
                    + watched.sql() + " LIMIT " + (COUNT_CAP + 1) + ") w)", concat(own.parameters(), watched.parameters()));
        }
        Statement all = words.isEmpty() ? ticketScan(false) : wordScan(false);
        return new Statement("SELECT COUNT(*) FROM (" + all.sql() + " LIMIT " + (COUNT_CAP + 1) + ") c", all.parameters());
    }

    /** The rows of a page, found by their ids (at most a page: a few primary-key reads). */
    static String rowsByIds(int ids) {
        return COLUMNS + FROM + " WHERE t.id IN (" + String.join(", ", Collections.nCopies(ids, "?")) + ")";
    }

    /** The index that serves this list's order, or null when none does (then the database sorts). */
    public String servingIndex() {
        if (!words.isEmpty()) {
            return sort == TicketFilter.Sort.CREATED ? wordIndex() : null;
        }
        if (reference != null) {
            return "uk_ticket_reference";
        }
        if (ownerId != null) {
            return sort != TicketFilter.Sort.CREATED ? null
                    : openState != null && openState == 1 ? "ix_ticket_requester_open"
                    : statuses.isEmpty() ? "ix_ticket_requester_any" : null;
        }
        boolean open = openState != null && openState == 1;
        if (assigneeId != null) {
            return open && sort == TicketFilter.Sort.DUE ? "ix_ticket_assignee_open_due" : null;
        }
        if (groupId != null) {
            return open && sort == TicketFilter.Sort.DUE ? "ix_ticket_group_open_due" : null;
        }
        String scope = memberId == null ? "ix_ticket" : "ix_ticket_member";
        if (statuses.isEmpty() && sort == TicketFilter.Sort.CREATED) {
            return memberId == null ? "ix_ticket_created" : "ix_ticket_member_any_created";
        }
        if (!open) {
            return null;
        }
        return switch (sort) {
            case DUE -> scope + "_open_due";
            case PRIORITY -> scope + "_open_priority";
            case CREATED -> scope + "_open_created";
            case UPDATED -> null;
        };
    }

    /** False when the count comes from the tallies, always exact. */
    public boolean countIsCapped() {
        return !tallyServes();
    }

    /** The word entries of all members by word, or of the caller's member. */
    private String wordIndex() {
        return memberId == null ? "PRIMARY" : "ix_word_member";
    }

    private boolean tallyServes() {
        return words.isEmpty() && reference == null && ownerId == null && assigneeId == null && groupId == null
                && residual.sql.isEmpty();
    }

    private Statement ticketScan(boolean ordered) {
        String index = servingIndex();
        Conditions where = new Conditions();
        scopeAndFilters(where);
        return new Statement("SELECT t.id FROM ticket t" + (index == null ? "" : " FORCE INDEX (" + index + ")")
                + " WHERE 1 = 1" + where.sql + (ordered ? order("t") : ""), where.values);
    }

    /**
     * Newest first from the word index, the other words checked by primary key on the same entry; the
     * ticket row is read only when a condition or the order needs it (an entry carries its ticket's member).
     */
    private Statement wordScan(boolean ordered) {
        Conditions where = new Conditions();
        where.add(" AND w.word = ?", words.get(0));
        if (memberId != null) {
            where.add(" AND w.member_id = ?", memberId);
        }
        for (String other : words.subList(1, words.size())) {
            where.add(" AND EXISTS (SELECT 1 FROM ticket_word x WHERE x.word = ? AND x.created_at = w.created_at"
                    + " AND x.ticket_id = w.ticket_id)", other);
        }
        Conditions onTicket = new Conditions();
        filters(onTicket);
        boolean readsTicket = !onTicket.sql.isEmpty() || ordered && sort != TicketFilter.Sort.CREATED;
        if (readsTicket) {
            scopeAndFilters(where);
        }
        // The word index drives the scan even when it cannot serve the order (then the database sorts the matches).
        String index = wordIndex();
        String order = sort == TicketFilter.Sort.CREATED ? " ORDER BY w.created_at DESC, w.ticket_id DESC" : order("t");
        return new Statement("SELECT STRAIGHT_JOIN w.ticket_id AS id FROM ticket_word w FORCE INDEX (" + index + ")"
                + (readsTicket ? " JOIN ticket t ON t.id = w.ticket_id" : "") + " WHERE 1 = 1" + where.sql
                + (ordered ? order : ""), where.values);
    }

    /** An agent's list: the newest of their own and the newest they watch, merged (each part from an index). */
    private Statement ownedOrWatched(int limit, int offset) {
        String firstRows = " LIMIT " + ((long) offset + limit);
        Statement own = ownedTickets("t.id" + sortColumns()).append(order("t") + firstRows);
        Statement watched = sort == TicketFilter.Sort.CREATED
                ? watchedNotOwned("w.ticket_id AS id, w.created_at").append(" ORDER BY w.created_at DESC, w.ticket_id DESC" + firstRows)
                : watchedNotOwned("t.id" + sortColumns()).append(order("t") + firstRows);
        return new Statement("SELECT id FROM ((" + own.sql() + ") UNION ALL (" + watched.sql() + ")) u" + order("u")
                + " LIMIT " + limit + " OFFSET " + offset, concat(own.parameters(), watched.parameters()));
    }

    private Statement ownedTickets(String columns) {
        String index = servingIndex();
        Conditions where = new Conditions();
        where.add(" AND t.requester_id = ?", ownerId);
        scopeAndFilters(where);
        return new Statement("SELECT " + columns + " FROM ticket t" + (index == null ? "" : " FORCE INDEX (" + index + ")")
                + " WHERE 1 = 1" + where.sql, where.values);
    }

    /**
     * The tickets an agent watches, found from {@code watched_ticket}: each watch with its ticket's member, open state
     * and creation date, so the index reaches only the open (or finished) ones, newest first. The ticket row still
     * decides: a watch only narrows the search.
     */
    private Statement watchedNotOwned(String columns) {
        Conditions where = new Conditions();
        where.add(" AND w.user_id = ?", ownerId);
        if (memberId != null) {
            where.add(" AND w.member_id = ?", memberId);
        }
        if (openState != null) {
            where.add(" AND w.open_state = ?", openState);
        }
        where.add(" AND t.requester_id <> ?", ownerId);
        scopeAndFilters(where);
        return new Statement("SELECT STRAIGHT_JOIN " + columns + " FROM watched_ticket w FORCE INDEX (" + watchedIndex() + ")"
                + " JOIN ticket t ON t.id = w.ticket_id WHERE 1 = 1" + where.sql, where.values);
    }

    /** The index of an agent's watches that narrows (and, newest first, orders) the watched part of their list. */
    public String watchedIndex() {
        return openState != null ? "ix_watched_open" : "ix_watched_any";
    }

    private void scopeAndFilters(Conditions where) {
        if (memberId != null) {
            where.add(" AND t.member_id = ?", memberId);
        }
        filters(where);
    }

    /** Every condition but the member's. */
    private void filters(Conditions where) {
        if (ownerId != null && (!words.isEmpty() || reference != null)) {
            where.add(" AND (t.requester_id = ? OR EXISTS (SELECT 1 FROM ticket_watcher v WHERE v.ticket_id = t.id"
                    + " AND v.user_id = ?))", ownerId, ownerId);
        }
        if (assigneeId != null) {
            if (assigneeId == TicketFilter.UNASSIGNED) {
                where.add(" AND t.assignee_id IS NULL");
            } else {
                where.add(" AND t.assignee_id = ?", assigneeId);
            }
        }
        if (groupId != null) {
            where.add(" AND t.group_id = ?", groupId);
        }
        if (openState != null) {
            where.add(" AND t.open_state = ?", openState);
        } else {
            addStatuses(where, "t.status");
        }
        if (reference != null) {
            where.add(" AND t.reference = ?", reference);
        }
        where.add(residual);
    }

    private void addStatuses(Conditions where, String column) {
        if (!statuses.isEmpty()) {
            where.sql.append(" AND ").append(column).append(" IN (")
                    .append(statuses.stream().map(s -> "?").collect(Collectors.joining(", "))).append(')');
            statuses.stream().map(Enum::name).sorted().forEach(where.values::add);
        }
    }

    private String sortColumns() {
        return switch (sort) {
            case DUE -> ", t.due_order";
            case PRIORITY -> ", t.priority, t.due_order";
            case UPDATED -> ", t.updated_at";
            case CREATED -> ", t.created_at";
        };
    }

    /** The list order on a table alias: the last column is the id, so that every order is total. */
    private String order(String alias) {
        String a = alias + ".";
        return switch (sort) {
            case DUE -> " ORDER BY " + a + "due_order, " + a + "id";
            case PRIORITY -> " ORDER BY " + a + "priority, " + a + "due_order, " + a + "id";
            case UPDATED -> " ORDER BY " + a + "updated_at DESC, " + a + "id DESC";
            case CREATED -> " ORDER BY " + a + "created_at DESC, " + a + "id DESC";
        };
    }

    private static List<Object> concat(List<Object> first, List<Object> second) {
        List<Object> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** A statement and its positional parameters. */
    public record Statement(String sql, List<Object> parameters) {

        public Statement {
            parameters = List.copyOf(parameters);
        }

        Statement append(String more) {
            return new Statement(sql + more, parameters);
        }
    }

    /** " AND ..." fragments and their parameters, in order. */
    private static final class Conditions {

        private final StringBuilder sql = new StringBuilder();
        private final List<Object> values = new ArrayList<>();

        void add(String condition, Object... parameters) {
            sql.append(condition);
            values.addAll(List.of(parameters));
        }

        void add(Conditions other) {
            sql.append(other.sql);
            values.addAll(other.values);
        }
    }
}
