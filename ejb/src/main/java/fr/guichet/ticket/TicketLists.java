package fr.guichet.ticket;

import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.SqlValues;
import fr.guichet.platform.NativeReads;
import fr.guichet.security.Caller;
import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The ticket lists (queues, an agent's tickets, a member's, word search): the SQL is {@link TicketSearch}'s,
 * scoped to the caller; rows are read over JDBC ({@link NativeReads}), the hot path of the helpdesk.
 */
@Stateless
public class TicketLists {

    public static final int EXPORT_MAX = 2_000_000;
    static final int EXPORT_CHUNK = 500;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /**
     * A page of tickets in a fixed number of statements whatever the table's size: the page's ids from an
     * index, their rows by primary key, and a count (skipped when the page shows the list's end).
     */
    public Page<TicketRow> search(@NotNull TicketFilter filter, @NotNull PageRequest page) {
        TicketSearch search = new TicketSearch(caller.required(), filter);
        TicketSearch.Statement pageIds = search.pageIds(page.size(), page.offset());
        List<Long> ids = NativeReads.list(em, pageIds.sql(), pageIds.parameters(), row -> row.getLong(1));
        long total;
        boolean exact = true;
        if (ids.size() < page.size() && (!ids.isEmpty() || page.offset() == 0)) {
            total = (long) page.offset() + ids.size();
        } else {
            TicketSearch.Statement count = search.count();
            total = NativeReads.number(em, count.sql(), count.parameters());
            if (total > TicketSearch.COUNT_CAP && search.countIsCapped()) {
                total = TicketSearch.COUNT_CAP;
                exact = false;
            }
        }
        return new Page<>(rows(ids), total, page.page(), page.size(), exact);
    }

    /**
     * Every ticket of the list, in its order, handed to {@code sink} a chunk at a time: the ids first (eight bytes
     * each, a million fit in a few megabytes), then their rows {@link #EXPORT_CHUNK} at a time, so that no more
     * than a chunk of rows is ever held. At most {@link #EXPORT_MAX} tickets. Returns how many were written.
     */
    public int export(@NotNull TicketFilter filter, @NotNull Consumer<TicketRow> sink) {
        TicketSearch.Statement all = new TicketSearch(caller.required(), filter).pageIds(EXPORT_MAX, 0);
        long[] ids = NativeReads.longs(em, all.sql(), all.parameters());
        for (int from = 0; from < ids.length; from += EXPORT_CHUNK) {
            List<Long> chunk = Arrays.stream(ids, from, Math.min(ids.length, from + EXPORT_CHUNK)).boxed().toList();
            rows(chunk).forEach(sink);
        }
        return ids.length;
    }

    /** Rows of a list, in the order of {@code ids}. */
    private List<TicketRow> rows(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TicketRow> byId = new HashMap<>();
        for (TicketRow row : NativeReads.list(em, TicketSearch.rowsByIds(ids.size()), ids, TicketLists::toRow)) {
            byId.put(row.id(), row);
        }
        return ids.stream().map(byId::get).filter(Objects::nonNull).toList();
    }

    private static TicketRow toRow(ResultSet r) throws SQLException {
        return new TicketRow(r.getLong(1), r.getString(2), r.getString(3), TicketType.valueOf(r.getString(4)),
                Priority.valueOf(r.getString(5)), TicketStatus.valueOf(r.getString(6)), r.getLong(7), r.getString(8),
                r.getString(9), r.getString(10), r.getString(11), r.getString(12), SqlValues.instant(r.getTimestamp(13)),
                SqlValues.instant(r.getTimestamp(14)), r.getString(15), r.getInt(16), SqlValues.instant(r.getTimestamp(17)),
                r.getBoolean(18), r.getBoolean(19));
    }
}
