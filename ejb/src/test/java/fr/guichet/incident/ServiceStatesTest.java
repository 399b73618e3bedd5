package fr.guichet.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.guichet.incident.ServiceStates.OpenIncident;
import fr.guichet.incident.ServiceStates.PlannedWork;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceStatesTest {

    private static final long MAIL = 1;
    private static final long GED = 2;
    private static final long PAY = 3;
    private static final Instant NOW = Instant.parse("2026-12-08T09:00:00Z");

    @Test
    void aServiceWithoutOpenIncidentIsOperationalAnOpenOneDegradesACutOneIsAnOutage() {
        Map<Long, ServiceState> states = ServiceStates.of(List.of(MAIL, GED, PAY),
                List.of(new OpenIncident(Set.of(MAIL), true), new OpenIncident(Set.of(GED), false)), List.of(), NOW);
        assertEquals(Map.of(MAIL, ServiceState.OUTAGE, GED, ServiceState.DEGRADED, PAY, ServiceState.OPERATIONAL), states);
    }

    @Test
    void overlappingIncidentsGiveTheWorstStateWhateverTheirOrder() {
        List<OpenIncident> cutFirst = List.of(new OpenIncident(Set.of(MAIL, GED), true), new OpenIncident(Set.of(MAIL), false));
        List<OpenIncident> cutLast = List.of(new OpenIncident(Set.of(MAIL), false), new OpenIncident(Set.of(MAIL, GED), true));
        assertEquals(ServiceState.OUTAGE, ServiceStates.of(List.of(MAIL), cutFirst, List.of(), NOW).get(MAIL));
        assertEquals(ServiceState.OUTAGE, ServiceStates.of(List.of(MAIL), cutLast, List.of(), NOW).get(MAIL));
        assertEquals(ServiceState.OUTAGE, ServiceStates.of(List.of(GED), cutLast, List.of(), NOW).get(GED));
    }

    @Test
    void aRestorationEndsTheOutageAndTheIncidentsEndEndsTheDegradation() {
        assertEquals(true, ServiceStates.cut(UpdateKind.CUT_DECISION));
        assertEquals(false, ServiceStates.cut(UpdateKind.RESTORED), "restored after the cut: degraded until the incident ends");
        assertEquals(ServiceState.DEGRADED, ServiceStates.of(List.of(MAIL), List.of(new OpenIncident(Set.of(MAIL),
                ServiceStates.cut(UpdateKind.RESTORED))), List.of(), NOW).get(MAIL));
        assertEquals(ServiceState.OPERATIONAL, ServiceStates.of(List.of(MAIL), List.of(), List.of(), NOW).get(MAIL), "resolved incidents are not open ones");
    }

    @Test
    void plannedWorkIsAMaintenanceInsideItsWindowOrOnceStartedUntilItEnds() {
        PlannedWork tonight = new PlannedWork(Set.of(MAIL), NOW.plus(Duration.ofHours(10)), NOW.plus(Duration.ofHours(14)), false);
        assertEquals(ServiceState.OPERATIONAL, ServiceStates.of(List.of(MAIL), List.of(), List.of(tonight), NOW).get(MAIL),
                "approved, before its window: announced, not on");
        assertEquals(ServiceState.MAINTENANCE, ServiceStates.of(List.of(MAIL), List.of(), List.of(tonight), NOW.plus(Duration.ofHours(10)))
                .get(MAIL), "its window opens");
        assertEquals(ServiceState.OPERATIONAL, ServiceStates.of(List.of(MAIL), List.of(), List.of(tonight), NOW.plus(Duration.ofHours(14)))
                .get(MAIL), "its window is over");
        PlannedWork startedEarly = new PlannedWork(Set.of(MAIL), NOW.plus(Duration.ofHours(10)), NOW.plus(Duration.ofHours(14)), true);
        assertEquals(ServiceState.MAINTENANCE, ServiceStates.of(List.of(MAIL), List.of(), List.of(startedEarly), NOW).get(MAIL),
                "started before its window");
        assertEquals(ServiceState.MAINTENANCE, ServiceStates.of(List.of(MAIL), List.of(), List.of(startedEarly), NOW.plus(Duration.ofDays(1)))
                .get(MAIL), "overrunning its window: on until it is completed");
    }

    @Test
    void anOutageOutweighsAMaintenanceWhichOutweighsADegradation() {
        PlannedWork now = new PlannedWork(Set.of(MAIL, GED), NOW.minus(Duration.ofHours(1)), NOW.plus(Duration.ofHours(1)), true);
        Map<Long, ServiceState> states = ServiceStates.of(List.of(MAIL, GED, PAY),
                List.of(new OpenIncident(Set.of(MAIL), true), new OpenIncident(Set.of(GED, PAY), false)), List.of(now), NOW);
        assertEquals(Map.of(MAIL, ServiceState.OUTAGE, GED, ServiceState.MAINTENANCE, PAY, ServiceState.DEGRADED), states);
    }
}
