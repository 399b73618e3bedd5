package fr.guichet.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.guichet.cmdb.ItemState;
import fr.guichet.incident.AffectedMembers.Subscribed;
import fr.guichet.subscription.SubscriptionStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class AffectedMembersTest {

    private static final LocalDate DAY = LocalDate.of(2026, 12, 7);
    private static final long MAIL = 1;
    private static final long GED = 2;

    @Test
    void aMemberIsAffectedOnceWhateverTheNumberOfItsServicesHit() {
        List<Subscribed> subscriptions = List.of(
                new Subscribed(10, MAIL, SubscriptionStatus.ACTIVE, LocalDate.of(2020, 1, 1), null),
                new Subscribed(10, GED, SubscriptionStatus.ACTIVE, LocalDate.of(2020, 1, 1), null),
                new Subscribed(11, GED, SubscriptionStatus.ACTIVE, null, null),
                new Subscribed(12, 3, SubscriptionStatus.ACTIVE, null, null));
        assertEquals(List.of(10L, 11L), List.copyOf(AffectedMembers.of(Set.of(MAIL, GED), subscriptions, List.of(), DAY)));
    }

    @Test
    void onlyASubscriptionDeliveredThatDayCounts() {
        List<Subscribed> subscriptions = List.of(
                new Subscribed(20, MAIL, SubscriptionStatus.SUSPENDED, null, null),
                new Subscribed(21, MAIL, SubscriptionStatus.ENDED, LocalDate.of(2020, 1, 1), LocalDate.of(2025, 12, 31)),
                new Subscribed(22, MAIL, SubscriptionStatus.ACTIVE, LocalDate.of(2027, 1, 1), null),
                new Subscribed(23, MAIL, SubscriptionStatus.ACTIVE, LocalDate.of(2020, 1, 1), DAY),
                new Subscribed(24, MAIL, SubscriptionStatus.ACTIVE, DAY, null),
                new Subscribed(25, MAIL, SubscriptionStatus.ACTIVE, LocalDate.of(2020, 1, 1), DAY.minusDays(1)));
        assertEquals(List.of(23L, 24L), List.copyOf(AffectedMembers.of(Set.of(MAIL), subscriptions, List.of(), DAY)),
                "suspended, ended, not yet started and ended yesterday are not affected; starting or ending today are");
    }

    @Test
    void aMemberRunningAnItemOfTheServiceIsAffectedEvenWithoutSubscription() {
        List<AffectedMembers.Item> items = List.of(
                new AffectedMembers.Item(30, MAIL, ItemState.IN_SERVICE),
                new AffectedMembers.Item(31, MAIL, ItemState.MAINTENANCE),
                new AffectedMembers.Item(32, MAIL, ItemState.PLANNED),
                new AffectedMembers.Item(33, MAIL, ItemState.RETIRED),
                new AffectedMembers.Item(34, GED, ItemState.IN_SERVICE),
                new AffectedMembers.Item(35, null, ItemState.IN_SERVICE));
        List<Subscribed> subscriptions = List.of(new Subscribed(30, MAIL, SubscriptionStatus.ACTIVE, null, null));
        assertEquals(List.of(30L, 31L), List.copyOf(AffectedMembers.of(Set.of(MAIL), subscriptions, items, DAY)),
                "in service and under maintenance count, once per member; planned, retired, other services and none do not");
    }
}
