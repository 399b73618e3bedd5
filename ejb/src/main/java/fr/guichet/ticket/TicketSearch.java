package fr.guichet.ticket;

import fr.guichet.catalog.FullTextQuery;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The SQL of a ticket list: the caller's scope first (a commune user never reaches another member's
 * rows, an agent only their own and those they watch), then the filters, each on an indexed column.
 */
final class TicketSearch {

    static final String COLUMNS = "SELECT t.id, t.reference, t.subject, t.type, t.priority, t.status, t.member_id, m.name,"
            + " s.name, g.name, a.full_name, q.full_name, t.created_at, t.updated_at, t.calendar_code,"
            + " t.resolution_minutes, t.resolution_due, t.first_response_breached, t.resolution_breached";
    static final String FROM = " FROM ticket t JOIN member m ON m.id = t.member_id JOIN support_group g ON g.id = t.group_id"
            + " JOIN user_account q ON q.id = t.requester_id LEFT JOIN catalog_service s ON s.id = t.service_id"
            + " LEFT JOIN user_account a ON a.id = t.assignee_id";

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    TicketSearch(CallerIdentity who, TicketFilter filter) {
        if (!who.isStaff()) {
            add(" AND t.member_id = ?", who.memberId());
            if (filter.mine() || !who.hasAnyRole(Role.REFERENT)) {
                add(" AND (t.requester_id = ? OR EXISTS (SELECT 1 FROM ticket_watcher w WHERE w.ticket_id = t.id"
                        + " AND w.user_id = ?))", who.userId(), who.userId());
            }
        } else {
            if (filter.memberId() != null) {
                add(" AND t.member_id = ?", filter.memberId());
            }
            if (filter.mine()) {
                add(" AND t.assignee_id = ?", who.userId());
            }
        }
        if (!filter.statuses().isEmpty()) {
            where.append(" AND t.status IN (").append(filter.statuses().stream().map(s -> "?").collect(Collectors.joining(", ")))
                    .append(')');
            filter.statuses().stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        if (filter.priority() != null) {
            add(" AND t.priority = ?", filter.priority().name());
        }
        if (filter.groupId() != null) {
            add(" AND t.group_id = ?", filter.groupId());
        }
        if (filter.assigneeId() != null) {
            if (filter.assigneeId() == TicketFilter.UNASSIGNED) {
                where.append(" AND t.assignee_id IS NULL");
            } else {
                add(" AND t.assignee_id = ?", filter.assigneeId());
            }
        }
        if (filter.serviceId() != null) {
            add(" AND t.service_id = ?", filter.serviceId());
        }
        if (filter.breached() != null) {
            where.append(filter.breached() ? " AND (t.first_response_breached OR t.resolution_breached)"
                    : " AND NOT t.first_response_breached AND NOT t.resolution_breached");
        }
        String typed = filter.text() == null ? "" : filter.text().strip();
        if (TicketReference.findIn(typed).isPresent()) {
            add(" AND t.reference = ?", TicketReference.findIn(typed).get());
        } else if (!FullTextQuery.of(typed).isEmpty()) {
            add(" AND MATCH (t.subject, t.description) AGAINST (? IN BOOLEAN MODE)", FullTextQuery.of(typed));
        }
    }

    private void add(String condition, Object... values) {
        where.append(condition);
        parameters.addAll(List.of(values));
    }

    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    static String order(TicketFilter.Sort sort) {
        return switch (sort) {
            case DUE -> " ORDER BY t.resolution_due IS NULL, t.resolution_due, t.id";
            case PRIORITY -> " ORDER BY t.priority, t.resolution_due IS NULL, t.resolution_due, t.id";
            case UPDATED -> " ORDER BY t.updated_at DESC, t.id DESC";
            case CREATED -> " ORDER BY t.created_at DESC, t.id DESC";
        };
    }
}
