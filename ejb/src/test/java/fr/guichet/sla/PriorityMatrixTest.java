package fr.guichet.sla;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class PriorityMatrixTest {

    private final PriorityMatrix matrix = PriorityMatrix.defaults();

    @Test
    void widerAndMoreUrgentIsHigher() {
        assertEquals(Priority.P1, matrix.priority(TicketType.INCIDENT, Impact.SEVERAL_MEMBERS, Urgency.HIGH));
        assertEquals(Priority.P2, matrix.priority(TicketType.INCIDENT, Impact.MEMBER, Urgency.MEDIUM));
        assertEquals(Priority.P3, matrix.priority(TicketType.REQUEST, Impact.SERVICE, Urgency.LOW));
        assertEquals(Priority.P4, matrix.priority(TicketType.QUESTION, Impact.USER, Urgency.LOW));
    }

    @Test
    void noCellIsLowerThanACellWithLessImpactOrUrgency() {
        for (Impact impact : Impact.values()) {
            for (Urgency urgency : Urgency.values()) {
                Priority cell = matrix.priority(TicketType.INCIDENT, impact, urgency);
                if (impact.ordinal() > 0) {
                    assertTrue(cell.compareTo(matrix.priority(TicketType.INCIDENT, Impact.values()[impact.ordinal() - 1], urgency)) <= 0);
                }
                if (urgency.ordinal() > 0) {
                    assertTrue(cell.compareTo(matrix.priority(TicketType.INCIDENT, impact, Urgency.values()[urgency.ordinal() - 1])) <= 0);
                }
            }
        }
    }

    @Test
    void aSecurityIncidentIsNeverBelowP2() {
        for (Impact impact : Impact.values()) {
            for (Urgency urgency : Urgency.values()) {
                assertTrue(matrix.priority(TicketType.SECURITY_INCIDENT, impact, urgency).compareTo(Priority.P2) <= 0,
                        impact + " × " + urgency);
            }
        }
        assertEquals(Priority.P1, matrix.priority(TicketType.SECURITY_INCIDENT, Impact.MEMBER, Urgency.HIGH));
    }

    @Test
    void aConfiguredMatrixMustBeComplete() {
        assertThrows(IllegalArgumentException.class,
                () -> new PriorityMatrix(Map.of(Impact.USER, Map.of(Urgency.LOW, Priority.P4))));
    }
}
