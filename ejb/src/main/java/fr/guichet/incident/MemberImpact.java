package fr.guichet.incident;

import fr.guichet.cmdb.ItemState;
import fr.guichet.common.SqlValues;
import fr.guichet.subscription.SubscriptionStatus;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Reads what {@link AffectedMembers} needs to say which members an outage or planned work on these services hits:
 * the services' subscriptions and running items, plus the members of the items named. No role check: its callers
 * (major incidents, changes, their timers) check theirs.
 */
@Stateless
public class MemberImpact {

    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @PersistenceContext
    private EntityManager em;

    @SuppressWarnings("unchecked")
    public SortedSet<Long> of(Set<Long> serviceIds, Set<Long> itemIds, Instant at) {
        SortedSet<Long> members = new TreeSet<>();
        if (!serviceIds.isEmpty()) {
            String services = ids(serviceIds);
            List<Object[]> subscriptions = em.createNativeQuery("SELECT member_id, service_id, status, start_date, end_date FROM subscription"
                    + " WHERE service_id IN (" + services + ")").getResultList();
            List<Object[]> items = em.createNativeQuery("SELECT member_id, service_id, state FROM configuration_item"
                    + " WHERE service_id IN (" + services + ")").getResultList();
            members.addAll(AffectedMembers.of(serviceIds, subscriptions.stream().map(r -> new AffectedMembers.Subscribed(
                            ((Number) r[0]).longValue(), ((Number) r[1]).longValue(), SubscriptionStatus.valueOf((String) r[2]),
                            SqlValues.date(r[3]), SqlValues.date(r[4]))).toList(),
                    items.stream().map(r -> new AffectedMembers.Item(((Number) r[0]).longValue(), ((Number) r[1]).longValue(),
                            ItemState.valueOf((String) r[2]))).toList(),
                    LocalDate.ofInstant(at, PARIS)));
        }
        if (!itemIds.isEmpty()) {
            List<Object> named = em.createNativeQuery("SELECT DISTINCT member_id FROM configuration_item WHERE id IN (" + ids(itemIds) + ")")
                    .getResultList();
            named.forEach(member -> members.add(((Number) member).longValue()));
        }
        return members;
    }

    private static String ids(Set<Long> ids) {
        return ids.stream().map(String::valueOf).collect(Collectors.joining(", "));
    }
}
