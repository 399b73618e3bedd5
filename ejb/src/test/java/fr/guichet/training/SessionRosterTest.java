package fr.guichet.training;

import static fr.guichet.training.RegistrationStatus.CONFIRMED;
import static fr.guichet.training.RegistrationStatus.WAITING;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SessionRosterTest {

    private static final Instant T0 = Instant.parse("2027-01-05T09:00:00Z");

    private static SessionRoster.Entry entry(long id, RegistrationStatus status, int minute) {
        return new SessionRoster.Entry(id, status, T0.plusSeconds(60L * minute));
    }

    @Test
    void newcomersGetSeatsUntilTheSessionIsFull() {
        assertEquals(CONFIRMED, new SessionRoster(2, List.of()).placeForNewcomer());
        assertEquals(CONFIRMED, new SessionRoster(2, List.of(entry(1, CONFIRMED, 0))).placeForNewcomer());
        assertEquals(WAITING, new SessionRoster(2, List.of(entry(1, CONFIRMED, 0), entry(2, CONFIRMED, 1))).placeForNewcomer());
    }

    @Test
    void aFreedSeatGoesToTheLongestWaiting() {
        SessionRoster roster = new SessionRoster(2, List.of(entry(1, CONFIRMED, 0), entry(2, CONFIRMED, 1),
                entry(5, WAITING, 9), entry(3, WAITING, 4), entry(4, WAITING, 4)));
        assertEquals(List.of(3L), roster.promotionsAfterWithdrawing(1), "earliest first, then lowest number");
    }

    @Test
    void withdrawingFromTheWaitingListPromotesNobody() {
        SessionRoster roster = new SessionRoster(1, List.of(entry(1, CONFIRMED, 0), entry(2, WAITING, 1), entry(3, WAITING, 2)));
        assertEquals(List.of(), roster.promotionsAfterWithdrawing(2));
    }

    @Test
    void moreSeatsThanWaitingPromotesEveryone() {
        SessionRoster roster = new SessionRoster(5, List.of(entry(1, CONFIRMED, 0), entry(2, WAITING, 1), entry(3, WAITING, 2)));
        assertEquals(List.of(2L, 3L), roster.promotionsAfterWithdrawing(-1));
        assertEquals(4, roster.seatsLeft());
    }
}
