package fr.guichet.demand;

import fr.guichet.catalog.FullTextQuery;
import java.util.ArrayList;
import java.util.List;

/** The SQL of a backlog page: filters on indexed columns, the caller's member for "supported by me". */
final class DemandSearch {

    /** Members of the day, whose population counts. */
    static final String CURRENT_MEMBER = "m.member_since <= CURRENT_DATE AND (m.member_until IS NULL OR m.member_until >= CURRENT_DATE)";

    static final String COLUMNS = "SELECT d.id, d.reference, d.title, d.kind, d.state, a.name, d.supporters,"
            + " (SELECT COALESCE(SUM(m.population), 0) FROM demand_support s JOIN member m ON m.id = s.member_id"
            + " WHERE s.demand_id = d.id AND " + CURRENT_MEMBER + "),"
            + " d.score, d.rank_position, d.rank_override IS NOT NULL, d.target_quarter, d.created_at,"
            + " EXISTS (SELECT 1 FROM demand_support s WHERE s.demand_id = d.id AND s.member_id = ?)";
    static final String FROM = " FROM demand d JOIN member a ON a.id = d.member_id";

    private final StringBuilder where = new StringBuilder(" WHERE 1 = 1");
    private final List<Object> parameters = new ArrayList<>();

    DemandSearch(DemandFilter filter) {
        if (filter.state() != null) {
            add(" AND d.state = ?", filter.state().name());
        } else {
            where.append(" AND d.state <> 'MERGED'");
        }
        if (filter.kind() != null) {
            add(" AND d.kind = ?", filter.kind().name());
        }
        if (filter.supportedBy() != null) {
            add(" AND EXISTS (SELECT 1 FROM demand_support s WHERE s.demand_id = d.id AND s.member_id = ?)", filter.supportedBy());
        }
        if (filter.serviceId() != null) {
            add(" AND EXISTS (SELECT 1 FROM demand_service x WHERE x.demand_id = d.id AND x.service_id = ?)", filter.serviceId());
        }
        String text = FullTextQuery.of(filter.text());
        if (!text.isEmpty()) {
            add(" AND MATCH (d.title, d.description, d.expected_benefit) AGAINST (? IN BOOLEAN MODE)", text);
        }
    }

    private void add(String condition, Object value) {
        where.append(condition);
        parameters.add(value);
    }

    String where() {
        return where.toString();
    }

    List<Object> parameters() {
        return parameters;
    }

    static String order(DemandFilter.Sort sort) {
        return switch (sort) {
            case RANK -> " ORDER BY d.rank_position IS NULL, d.rank_position, d.created_at DESC, d.id DESC";
            case SUPPORT -> " ORDER BY d.supporters DESC, d.created_at DESC, d.id DESC";
            case DATE -> " ORDER BY d.created_at DESC, d.id DESC";
        };
    }
}
