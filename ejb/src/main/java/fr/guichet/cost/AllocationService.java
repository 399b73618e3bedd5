package fr.guichet.cost;

import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.FundingMode;
import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.SqlValues;
import fr.guichet.cost.AllocationInputs.Holding;
import fr.guichet.cost.AllocationInputs.Membership;
import fr.guichet.member.MemberDirectory;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.usage.UsageTotals;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The cost sharing of a budget year, computed from the voted budget, the year's distribution keys,
 * subscriptions and usage totals (aggregate queries; the sharing itself is {@link AllocationPlanner}).
 * Commune users see their own lines; the direction may simulate another year without saving.
 */
@Stateless
@SuppressWarnings("unchecked")
public class AllocationService {

    public static final int FIRST_YEAR = 2000;
    public static final int LAST_YEAR = 2100;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

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
    private AuditLog audit;

    @Inject
    private DistributionKeys distributionKeys;

    /** Who reads cost shares, in the API as on the dashboards: a commune's référents (their own) and the syndicate's managers and direction. */
    public static final Role[] COST_READERS = {Role.REFERENT, Role.MANAGER, Role.DIRECTOR, Role.ADMIN};

    public CostSheet year(int year) {
        CallerIdentity who = caller.requireAnyRole(COST_READERS);
        checkYear(year);
        CostSheet sheet = compute(year, budget(year), Map.of(), false);
        return who.isStaff() ? sheet : onlyMember(sheet, who.memberId());
    }

    /** The same sharing with other costs, modes or keys, saved nowhere (direction, managers). */
    public CostSheet simulate(int year, List<BudgetItem> items, Map<String, Map<Long, BigDecimal>> keyChanges) {
        caller.requireAnyRole(Role.DIRECTOR, Role.MANAGER, Role.ADMIN);
        checkYear(year);
        check(year, items, keyChanges);
        return compute(year, items, keyChanges, true);
    }

    /**
     * Records the budget voted by the comité syndical for a year: it replaces the year's budget lines,
     * and the year gets its own keys (copied from the latest earlier year, then the changed weights).
     * The direction and administrators only; audited.
     */
    public CostSheet adopt(int year, List<BudgetItem> items, Map<String, Map<Long, BigDecimal>> keyChanges) {
        caller.requireAnyRole(Role.DIRECTOR, Role.ADMIN);
        checkYear(year);
        check(year, items, keyChanges);
        distributionKeys.ownKeys(year);
        keyChanges.forEach((code, weights) -> distributionKeys.save(year, code, null, null, weights));
        em.createNativeQuery("DELETE FROM service_budget WHERE budget_year = ?").setParameter(1, year).executeUpdate();
        long total = 0;
        for (BudgetItem item : items) {
            em.createNativeQuery("INSERT INTO service_budget (budget_year, service_id, cost_cents, funding_mode, key_code)"
                            + " VALUES (?, ?, ?, ?, ?)")
                    .setParameter(1, year).setParameter(2, item.serviceId()).setParameter(3, item.costCents())
                    .setParameter(4, item.mode().name())
                    .setParameter(5, item.mode() == FundingMode.MUTUALISED ? item.keyCode() : null).executeUpdate();
            total += item.costCents();
        }
        audit.record("ADOPT", "budget", year, null, items.size() + " services, " + total + " cents"
                + (keyChanges.isEmpty() ? "" : ", keys " + keyChanges.keySet()));
        return compute(year, budget(year), Map.of(), false);
    }

    /** Checks that every line of a budget names a known service once, a funding mode and, when mutualised, an existing key. */
    private void check(int year, List<BudgetItem> items, Map<String, Map<Long, BigDecimal>> keyChanges) {
        Map<Long, String> services = catalogue.names();
        Set<Long> seen = new HashSet<>();
        for (BudgetItem item : items) {
            if (!services.containsKey(item.serviceId()) || !seen.add(item.serviceId())) {
                throw new BusinessRuleException("allocation.service.invalid", item.serviceId());
            }
            if (item.mode() == null) {
                throw new BusinessRuleException("allocation.mode.required", services.get(item.serviceId()));
            }
        }
        keyChanges.forEach(distributionKeys::check);
        Set<String> keys = new HashSet<>(keyNames(year).keySet());
        keys.addAll(keyChanges.keySet());
        for (BudgetItem item : items) {
            if (item.mode() == FundingMode.MUTUALISED && item.keyCode() == null) {
                throw new BusinessRuleException("allocation.key.required", services.get(item.serviceId()));
            }
            if (item.mode() == FundingMode.MUTUALISED && !keys.contains(item.keyCode())) {
                throw new BusinessRuleException("allocation.key.unknown", item.keyCode());
            }
        }
    }

    /** The budget voted for a year or, when there is none yet, the latest earlier one (the starting point of a simulation). */
    public List<BudgetItem> budget(int year) {
        List<Object[]> rows = em.createNativeQuery("SELECT service_id, cost_cents, funding_mode, key_code FROM service_budget"
                        + " WHERE budget_year = (SELECT MAX(budget_year) FROM service_budget WHERE budget_year <= ?) ORDER BY service_id")
                .setParameter(1, year).getResultList();
        return rows.stream().map(r -> new BudgetItem(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                FundingMode.valueOf((String) r[2]), (String) r[3])).toList();
    }

    /** The names of the keys that apply to a year (its own or the latest earlier year's), by name. */
    public Map<String, String> keyNames(int year) {
        Map<String, String> names = new LinkedHashMap<>();
        distributionKeys.applying(year).forEach(key -> names.put(key.code(), key.name()));
        return names;
    }

    /** The largest-remainder rule on its own, so that it can be checked from outside. */
    public SortedMap<Long, Long> preview(long totalCents, Map<Long, BigDecimal> weights) {
        caller.required();
        try {
            return CostAllocator.allocate(totalCents, weights);
        } catch (IllegalArgumentException | ArithmeticException refused) {
            throw new BusinessRuleException("allocation.preview.invalid");
        }
    }

    /** Shares a budget with the year's keys, as changed by {@code keyChanges} (a new key is named by its code). */
    private CostSheet compute(int year, List<BudgetItem> items, Map<String, Map<Long, BigDecimal>> keyChanges,
                              boolean simulated) {
        Map<String, Map<Long, BigDecimal>> keys = new TreeMap<>();
        Map<String, String> keyNames = new LinkedHashMap<>();
        for (DistributionKey key : distributionKeys.applying(year)) {
            keys.put(key.code(), key.weights());
            keyNames.put(key.code(), key.name());
        }
        keys.putAll(keyChanges);
        keyChanges.keySet().forEach(code -> keyNames.putIfAbsent(code, code));
        List<MemberDirectory.Facts> memberFacts = members.all();
        AllocationInputs inputs = new AllocationInputs(year, memberships(memberFacts), keys, subscriptions(year),
                usageTotals(year));
        List<ServiceAllocation> services = new AllocationPlanner(inputs).plan(items);
        return new CostSheet(year, simulated, services, catalogue.names(), MemberDirectory.names(memberFacts), keyNames);
    }

    private static List<Membership> memberships(List<MemberDirectory.Facts> memberFacts) {
        return memberFacts.stream().map(m -> new Membership(m.id(), m.since(), m.until())).toList();
    }

    /** Subscriptions held during the year, cut into periods of constant quantity from their history (two queries). */
    private List<Holding> subscriptions(int year) {
        String held = " WHERE s.start_date <= ? AND (s.end_date IS NULL OR s.end_date >= ?)"
                + " AND (s.status <> 'ENDED' OR s.end_date IS NOT NULL)";
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        Map<Long, List<QuantityTimeline.Change>> history = new HashMap<>();
        List<Object[]> events = em.createNativeQuery("SELECT e.subscription_id, e.occurred_at, e.quantity_before, e.quantity_after"
                        + " FROM subscription_event e JOIN subscription s ON s.id = e.subscription_id" + held
                        + " AND e.occurred_at < ? ORDER BY e.subscription_id, e.occurred_at, e.id")
                .setParameter(1, last).setParameter(2, first)
                .setParameter(3, SqlValues.timestamp(last.plusDays(1).atStartOfDay(PARIS).toInstant())).getResultList();
        events.forEach(e -> history.computeIfAbsent(((Number) e[0]).longValue(), id -> new ArrayList<>())
                .add(new QuantityTimeline.Change(day(e[1]), (BigDecimal) e[2], (BigDecimal) e[3])));
        List<Object[]> rows = em.createNativeQuery("SELECT s.id, s.service_id, s.member_id, s.quantity, s.start_date, s.end_date"
                        + " FROM subscription s" + held)
                .setParameter(1, last).setParameter(2, first).getResultList();
        List<Holding> holdings = new ArrayList<>();
        for (Object[] r : rows) {
            holdings.addAll(QuantityTimeline.periods(((Number) r[1]).longValue(), ((Number) r[2]).longValue(),
                    SqlValues.date(r[4]), SqlValues.date(r[5]), (BigDecimal) r[3],
                    history.getOrDefault(((Number) r[0]).longValue(), List.of())));
        }
        return holdings;
    }

    /** Usage totals of the year or, for a year not measured yet, of the latest measured year before it. */
    private Map<Long, Map<Long, BigDecimal>> usageTotals(int year) {
        int usageYear = usage.measured(year) ? year : year - 1;
        return usage.byServiceAndMember(LocalDate.of(usageYear, 1, 1), LocalDate.of(usageYear, 12, 1));
    }

    private static CostSheet onlyMember(CostSheet sheet, long memberId) {
        List<ServiceAllocation> services = sheet.services().stream()
                .map(s -> new ServiceAllocation(s.item(), s.lines().stream().filter(l -> l.memberId() == memberId).toList(), 0))
                .filter(s -> !s.lines().isEmpty()).toList();
        return new CostSheet(sheet.year(), sheet.simulated(), services, sheet.serviceNames(),
                Map.of(memberId, sheet.memberNames().get(memberId)), sheet.keyNames());
    }

    private static void checkYear(int year) {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new BusinessRuleException("allocation.year.invalid", FIRST_YEAR, LAST_YEAR);
        }
    }

    /** The day, in Paris, of a stored instant. */
    private static LocalDate day(Object timestamp) {
        return SqlValues.instant(timestamp).atZone(PARIS).toLocalDate();
    }
}
