package fr.guichet.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.guichet.incident.ServiceStates.OpenIncident;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ServiceStatesTest {

    private static final long MAIL = 1;
    private static final long GED = 2;
    private static final long PAY = 3;

    @Test
    void aServiceWithoutOpenIncidentIsOperationalAnOpenOneDegradesACutOneIsAnOutage() {
        Map<Long, ServiceState> states = ServiceStates.of(List.of(MAIL, GED, PAY),
                List.of(new OpenIncident(Set.of(MAIL), true), new OpenIncident(Set.of(GED), false)));
        assertEquals(Map.of(MAIL, ServiceState.OUTAGE, GED, ServiceState.DEGRADED, PAY, ServiceState.OPERATIONAL), states);
    }

    @Test
    void overlappingIncidentsGiveTheWorstStateWhateverTheirOrder() {
        List<OpenIncident> cutFirst = List.of(new OpenIncident(Set.of(MAIL, GED), true), new OpenIncident(Set.of(MAIL), false));
        List<OpenIncident> cutLast = List.of(new OpenIncident(Set.of(MAIL), false), new OpenIncident(Set.of(MAIL, GED), true));
        assertEquals(ServiceState.OUTAGE, ServiceStates.of(List.of(MAIL), cutFirst).get(MAIL));
        assertEquals(ServiceState.OUTAGE, ServiceStates.of(List.of(MAIL), cutLast).get(MAIL));
        assertEquals(ServiceState.OUTAGE, ServiceStates.of(List.of(GED), cutLast).get(GED));
    }

    @Test
    void aRestorationEndsTheOutageAndTheIncidentsEndEndsTheDegradation() {
        assertEquals(true, ServiceStates.cut(UpdateKind.CUT_DECISION));
        assertEquals(false, ServiceStates.cut(UpdateKind.RESTORED), "restored after the cut: degraded until the incident ends");
        assertEquals(ServiceState.DEGRADED, ServiceStates.of(List.of(MAIL), List.of(new OpenIncident(Set.of(MAIL),
                ServiceStates.cut(UpdateKind.RESTORED)))).get(MAIL));
        assertEquals(ServiceState.OPERATIONAL, ServiceStates.of(List.of(MAIL), List.of()).get(MAIL), "resolved incidents are not open ones");
    }
}
