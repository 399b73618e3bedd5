package fr.guichet.ticket;

import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.SqlValues;
import fr.guichet.platform.NativeReadSource;
import fr.guichet.platform.NativeReads;
import fr.guichet.security.Caller;
import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
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

    @Inject
    private NativeReadSource reads;

    @Inject
    private Caller caller;

    /**
     * A page of tickets in one statement whatever the table's size (the page's ids from an index, their rows by
     * primary key, and the total when the tallies hold it), one more for a count the tallies cannot give (skipped
     * when the page shows the list's end). Read-only: called outside a transaction, it opens none.
     */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Page<TicketRow> search(@NotNull TicketFilter filter, @NotNull PageRequest page) {
        TicketSearch search = new TicketSearch(caller.required(), filter);
        TicketSearch.Statement statement = search.page(page.size(), page.offset());
        boolean carriesTotal = search.pageCarriesTotal();
        try (NativeReads read = reads.open()) {
            List<PageRow> rows = read.list(statement.sql(), statement.parameters(),
                    row -> new PageRow(toRow(row), carriesTotal ? row.getLong(TicketSearch.TOTAL_COLUMN) : -1));
            long total;
            boolean exact = true;
            if (rows.size() < page.size() && (!rows.isEmpty() || page.offset() == 0)) {
                total = (long) page.offset() + rows.size();
            } else if (carriesTotal && !rows.isEmpty()) {
                total = rows.get(0).total();
            } else {
                TicketSearch.Statement count = search.count();
                total = read.number(count.sql(), count.parameters());
                if (total > TicketSearch.COUNT_CAP && search.countIsCapped()) {
                    total = TicketSearch.COUNT_CAP;
                    exact = false;
                }
            }
            return new Page<>(rows.stream().map(PageRow::ticket).toList(), total, page.page(), page.size(), exact);
        }
    }

    /** A row of a page, and the list's total when the page statement carries it (else -1). */
    private record PageRow(TicketRow ticket, long total) {
    }

    /**
     * Every ticket of the list, in its order, handed to {@code sink} a chunk at a time: the ids first (eight bytes
     * each, a million fit in a few megabytes), then their rows {@link #EXPORT_CHUNK} at a time, so that no more
     * than a chunk of rows is ever held. At most {@link #EXPORT_MAX} tickets. Returns how many were written.
     */
    public int export(@NotNull TicketFilter filter, @NotNull Consumer<TicketRow> sink) {
        TicketSearch.Statement all = new TicketSearch(caller.required(), filter).pageIds(EXPORT_MAX, 0);
        try (NativeReads read = reads.open()) {
            long[] ids = read.longs(all.sql(), all.parameters());
            for (int from = 0; from < ids.length; from += EXPORT_CHUNK) {
                List<Long> chunk = Arrays.stream(ids, from, Math.min(ids.length, from + EXPORT_CHUNK)).boxed().toList();
                rows(read, chunk).forEach(sink);
            }
            return ids.length;
        }
    }

    /** Rows of a list, in the order of {@code ids}. */
    private static List<TicketRow> rows(NativeReads read, List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, TicketRow> byId = new HashMap<>();
        for (TicketRow row : read.list(TicketSearch.rowsByIds(ids.size()), ids, TicketLists::toRow)) {
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
