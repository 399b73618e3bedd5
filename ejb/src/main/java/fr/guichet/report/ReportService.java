package fr.guichet.report;

import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.common.Decimals;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.SqlValues;
import fr.guichet.cost.AllocationLine;
import fr.guichet.cost.AllocationService;
import fr.guichet.cost.CostSheet;
import fr.guichet.cost.ServiceAllocation;
import fr.guichet.member.MemberDirectory;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.usage.UsageTotals;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Figures of the dashboards, each from one aggregate query over a covering index. Service levels:
 * first response is measured on tickets opened in the period that were answered or are already late;
 * resolution on tickets resolved in the period. A commune's dashboard is for its référents and the
 * syndicate's managers and direction; another commune's is "not found".
 */
@Stateless
@SuppressWarnings("unchecked")
public class ReportService {

    private static final String OPEN = "('NEW', 'ASSIGNED', 'IN_PROGRESS', 'WAITING_REQUESTER', 'REOPENED')";
    private static final Role[] DIRECTION = {Role.MANAGER, Role.DIRECTOR, Role.ADMIN};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private UsageTotals usage;

    @Inject
    private ServiceDirectory catalogue;

    @Inject
    private MemberDirectory members;

    @Inject
    private Caller caller;

    @Inject
    private AllocationService allocations;

    public MemberSummary memberSummary(long memberId, Period period) {
        CallerIdentity who = caller.requireAnyRole(AllocationService.COST_READERS);
        if (!who.scope().allows(memberId)) {
            throw new NotFoundException("member", memberId);
        }
        MemberDirectory.Facts member = members.one(memberId).orElseThrow(() -> new NotFoundException("member", memberId));
        return summary(member, period, costSheets(period));
    }

    /** Every member's summary, for the annual PDF (managers and direction): the cost sharing is computed once. */
    public List<MemberSummary> memberSummaries(Period period) {
        caller.requireAnyRole(DIRECTION);
        CostSheet[] sheets = costSheets(period);
        return members.all().stream().map(member -> summary(member, period, sheets)).toList();
    }

    /** The budget year's sharing and the previous year's, as the caller may see them. */
    private CostSheet[] costSheets(Period period) {
        return new CostSheet[] {allocations.year(period.budgetYear()), allocations.year(period.budgetYear() - 1)};
    }

    private MemberSummary summary(MemberDirectory.Facts member, Period period, CostSheet[] sheets) {
        long memberId = member.id();
        return new MemberSummary(memberId, member.name(), member.population(), period,
                months(memberId, period), firstResponse(memberId, period).getOrDefault(memberId, new Compliance(0, 0)),
                resolution(memberId, period).getOrDefault(memberId, new Compliance(0, 0)), medianResolutionHours(memberId, period),
                openTickets(memberId), satisfaction(memberId, period), requestsByStatus(memberId, period),
                subscriptions(memberId), demandsSupported(memberId), period.budgetYear(), costs(memberId, sheets[0], sheets[1]));
    }

    /** All members side by side (managers and direction). */
    public Comparison compare(Period period) {
        caller.requireAnyRole(DIRECTION);
        Map<Long, Long> opened = new HashMap<>();
        bind(em.createNativeQuery("SELECT member_id, COUNT(*) FROM ticket WHERE created_at >= ? AND created_at < ?"
                + " GROUP BY member_id"), period).getResultList()
                .forEach(r -> opened.put(id(((Object[]) r)[0]), id(((Object[]) r)[1])));
        Map<Long, Compliance> firstResponse = firstResponse(null, period);
        Map<Long, Compliance> resolution = resolution(null, period);
        Map<Long, Long> costs = allocations.year(period.budgetYear()).totalsByMember();
        List<MemberComparison> compared = new ArrayList<>();
        for (MemberDirectory.Facts member : members.all()) {
            long id = member.id();
            compared.add(new MemberComparison(id, member.name(), member.population(), opened.getOrDefault(id, 0L),
                    firstResponse.getOrDefault(id, new Compliance(0, 0)), resolution.getOrDefault(id, new Compliance(0, 0)),
                    costs.getOrDefault(id, 0L)));
        }
        List<Comparison.MeasuredService> services = catalogue.measured().stream()
                .map(m -> new Comparison.MeasuredService(m.id(), m.name(), m.indicator(), m.unit())).toList();
        return new Comparison(period, period.budgetYear(), compared, services,
                usage.byServiceAndMember(period.from(), period.to()));
    }

    /** Every service's figures (managers and direction). */
    public List<ServiceFigures> services(Period period) {
        caller.requireAnyRole(DIRECTION);
        return serviceFigures(null, period);
    }

    public ServiceFigures service(long serviceId, Period period) {
        caller.requireAnyRole(DIRECTION);
        return serviceFigures(serviceId, period).stream().findFirst()
                .orElseThrow(() -> new NotFoundException("service", serviceId));
    }

    private List<ServiceFigures> serviceFigures(Long serviceId, Period period) {
        String only = serviceId == null ? "" : " AND service_id = " + serviceId;
        Map<Long, Long> subscribers = counts("SELECT service_id, COUNT(*) FROM subscription WHERE status = 'ACTIVE'" + only
                + " GROUP BY service_id", null);
        Map<Long, Long> tickets = counts("SELECT service_id, COUNT(*) FROM ticket WHERE created_at >= ? AND created_at < ?"
                + " AND service_id IS NOT NULL" + only + " GROUP BY service_id", period);
        Map<Long, Compliance> resolution = new HashMap<>();
        ((List<Object[]>) bind(em.createNativeQuery("SELECT service_id, COUNT(*), SUM(resolution_breached) FROM ticket"
                + " WHERE resolved_at >= ? AND resolved_at < ? AND service_id IS NOT NULL" + only + " GROUP BY service_id"), period)
                .getResultList()).forEach(r -> resolution.put(id(r[0]), Compliance.of(id(r[1]), id(r[2]))));
        Map<Long, ServiceAllocation> shared = new HashMap<>();
        allocations.year(period.budgetYear()).services().forEach(s -> shared.put(s.item().serviceId(), s));
        List<ServiceFigures> figures = new ArrayList<>();
        for (ServiceDirectory.Offered service : catalogue.offered(serviceId)) {
            long id = service.id();
            ServiceAllocation allocation = shared.get(id);
            figures.add(new ServiceFigures(id, service.code(), service.name(),
                    allocation == null ? service.fundingMode() : allocation.item().mode().name(), subscribers.getOrDefault(id, 0L),
                    tickets.getOrDefault(id, 0L), resolution.getOrDefault(id, new Compliance(0, 0)),
                    allocation == null ? 0 : allocation.item().costCents(), allocation == null ? 0 : allocation.allocatedCents()));
        }
        return figures;
    }

    /**
     * Tickets opened and resolved per month. Months are cut at Paris midnight (timestamps are stored
     * as instants), so each row's month is found by comparing it with the months' starting instants.
     */
    private List<MonthFigures> months(long memberId, Period period) {
        List<YearMonth> months = period.months();
        List<Instant> starts = period.monthStarts();
        long[][] counts = new long[months.size()][2];
        String[] columns = {"created_at", "resolved_at"};
        for (int i = 0; i < columns.length; i++) {
            Query query = em.createNativeQuery("SELECT " + monthIndex(columns[i], months.size()) + ", COUNT(*) FROM ticket WHERE member_id = ? AND "
                    + columns[i] + " >= ? AND " + columns[i] + " < ? GROUP BY 1");
            int position = 1;
            for (Instant start : starts.subList(1, starts.size())) {
                query.setParameter(position++, SqlValues.timestamp(start));
            }
            query.setParameter(position++, memberId).setParameter(position++, SqlValues.timestamp(period.start()))
                    .setParameter(position, SqlValues.timestamp(period.end()));
            int column = i;
            List<Object[]> rows = query.getResultList();
            rows.forEach(r -> counts[(int) id(r[0])][column] = id(r[1]));
        }
        List<MonthFigures> figures = new ArrayList<>();
        for (int m = 0; m < months.size(); m++) {
            figures.add(new MonthFigures(months.get(m).toString(), counts[m][0], counts[m][1]));
        }
        return figures;
    }

    /** SQL giving a row's month (0: the first) against the starts of the 2nd to last months, bound in order. */
    private static String monthIndex(String column, int months) {
        if (months == 1) {
            return "0";
        }
        StringBuilder sql = new StringBuilder("CASE");
        for (int m = 1; m < months; m++) {
            sql.append(" WHEN ").append(column).append(" < ? THEN ").append(m - 1);
        }
        return sql.append(" ELSE ").append(months - 1).append(" END").toString();
    }

    private Map<Long, Compliance> firstResponse(Long memberId, Period period) {
        return compliance("SELECT member_id, COUNT(*), SUM(first_response_breached) FROM ticket WHERE "
                + (memberId == null ? "" : "member_id = ? AND ") + "created_at >= ? AND created_at < ?"
                + " AND (first_responded_at IS NOT NULL OR first_response_breached) GROUP BY member_id", memberId, period);
    }

    private Map<Long, Compliance> resolution(Long memberId, Period period) {
        return compliance("SELECT member_id, COUNT(*), SUM(resolution_breached) FROM ticket WHERE "
                + (memberId == null ? "" : "member_id = ? AND ") + "resolved_at >= ? AND resolved_at < ? GROUP BY member_id",
                memberId, period);
    }

    private Map<Long, Compliance> compliance(String sql, Long memberId, Period period) {
        Map<Long, Compliance> byMember = new HashMap<>();
        List<Object[]> rows = bind(em.createNativeQuery(sql), memberId, period).getResultList();
        rows.forEach(r -> byMember.put(id(r[0]), Compliance.of(id(r[1]), id(r[2]))));
        return byMember;
    }

    private BigDecimal medianResolutionHours(long memberId, Period period) {
        Map<Long, Long> histogram = new HashMap<>();
        List<Object[]> rows = bind(em.createNativeQuery("SELECT resolution_business_minutes, COUNT(*) FROM ticket"
                + " WHERE member_id = ? AND resolved_at >= ? AND resolved_at < ? AND resolution_business_minutes IS NOT NULL"
                + " GROUP BY resolution_business_minutes"), memberId, period).getResultList();
        rows.forEach(r -> histogram.put(id(r[0]), id(r[1])));
        BigDecimal minutes = Median.ofHistogram(histogram);
        return minutes == null ? null : minutes.divide(BigDecimal.valueOf(60), 1, RoundingMode.HALF_UP);
    }

    private List<OpenTickets> openTickets(long memberId) {
        Instant now = Instant.now();
        List<Object[]> rows = em.createNativeQuery("SELECT priority,"
                        + " SUM(created_at >= ?), SUM(created_at < ? AND created_at >= ?), SUM(created_at < ? AND created_at >= ?),"
                        + " SUM(created_at < ?) FROM ticket WHERE member_id = ? AND status IN " + OPEN + " GROUP BY priority ORDER BY priority")
                .setParameter(1, ago(now, 1)).setParameter(2, ago(now, 1)).setParameter(3, ago(now, 7))
                .setParameter(4, ago(now, 7)).setParameter(5, ago(now, 30)).setParameter(6, ago(now, 30))
                .setParameter(7, memberId).getResultList();
        return rows.stream().map(r -> new OpenTickets((String) r[0], id(r[1]), id(r[2]), id(r[3]), id(r[4]))).toList();
    }

    private Satisfaction satisfaction(long memberId, Period period) {
        Object[] row = (Object[]) bind(em.createNativeQuery("SELECT COUNT(rating), AVG(rating) FROM ticket"
                + " WHERE member_id = ? AND resolved_at >= ? AND resolved_at < ?"), memberId, period).getSingleResult();
        BigDecimal average = row[1] == null ? null : new BigDecimal(row[1].toString()).setScale(2, RoundingMode.HALF_UP);
        return new Satisfaction(id(row[0]), average);
    }

    private Map<String, Long> requestsByStatus(long memberId, Period period) {
        Map<String, Long> counts = new LinkedHashMap<>();
        List<Object[]> rows = bind(em.createNativeQuery("SELECT status, COUNT(*) FROM service_request"
                + " WHERE member_id = ? AND created_at >= ? AND created_at < ? GROUP BY status ORDER BY status"), memberId, period)
                .getResultList();
        rows.forEach(r -> counts.put((String) r[0], id(r[1])));
        return counts;
    }

    private List<MemberSummary.SubscriptionLine> subscriptions(long memberId) {
        List<Object[]> rows = em.createNativeQuery("SELECT o.name, s.quantity, o.usage_unit, s.status FROM subscription s"
                + " JOIN catalog_service o ON o.id = s.service_id WHERE s.member_id = ? AND s.status <> 'ENDED' ORDER BY o.name")
                .setParameter(1, memberId).getResultList();
        return rows.stream().map(r -> new MemberSummary.SubscriptionLine((String) r[0], Decimals.plain((BigDecimal) r[1]),
                (String) r[2], (String) r[3])).toList();
    }

    private long demandsSupported(long memberId) {
        return id(em.createNativeQuery("SELECT COUNT(*) FROM demand_support WHERE member_id = ?")
                .setParameter(1, memberId).getSingleResult());
    }

    private List<CostShare> costs(long memberId, CostSheet current, CostSheet last) {
        Map<Long, Long> previous = new HashMap<>();
        last.services().forEach(s -> s.lines().stream().filter(l -> l.memberId() == memberId)
                .forEach(l -> previous.merge(l.serviceId(), l.cents(), Long::sum)));
        List<CostShare> shares = new ArrayList<>();
        for (ServiceAllocation service : current.services()) {
            long cents = service.lines().stream().filter(l -> l.memberId() == memberId).mapToLong(AllocationLine::cents).sum();
            long before = previous.getOrDefault(service.item().serviceId(), 0L);
            if (cents > 0 || before > 0) {
                shares.add(new CostShare(service.item().serviceId(), current.serviceNames().get(service.item().serviceId()),
                        service.item().mode().name(), current.keyNames().get(service.item().keyCode()), cents, before));
            }
        }
        shares.sort(java.util.Comparator.comparingLong(CostShare::cents).reversed());
        return shares;
    }

    private Map<Long, Long> counts(String sql, Period period) {
        Map<Long, Long> counts = new HashMap<>();
        Query query = em.createNativeQuery(sql);
        List<Object[]> rows = (period == null ? query : bind(query, period)).getResultList();
        rows.forEach(r -> counts.put(id(r[0]), id(r[1])));
        return counts;
    }

    private static Query bind(Query query, Period period) {
        return query.setParameter(1, SqlValues.timestamp(period.start())).setParameter(2, SqlValues.timestamp(period.end()));
    }

    private static Query bind(Query query, Long memberId, Period period) {
        if (memberId == null) {
            return bind(query, period);
        }
        return query.setParameter(1, memberId).setParameter(2, SqlValues.timestamp(period.start()))
                .setParameter(3, SqlValues.timestamp(period.end()));
    }

    private static java.sql.Timestamp ago(Instant now, int days) {
        return SqlValues.timestamp(now.minus(Duration.ofDays(days)));
    }

    private static long id(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }
}
