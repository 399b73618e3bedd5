package fr.guichet.sla;

import java.util.EnumMap;
import java.util.Map;

/**
 * Impact × urgency → priority, as the syndicate configures it; a security incident is never below P2
 * whatever the matrix says.
 */
public final class PriorityMatrix {

    private final Map<Impact, Map<Urgency, Priority>> cells;

    public PriorityMatrix(Map<Impact, Map<Urgency, Priority>> cells) {
        Map<Impact, Map<Urgency, Priority>> copy = new EnumMap<>(Impact.class);
        for (Impact impact : Impact.values()) {
            Map<Urgency, Priority> row = cells.get(impact);
            for (Urgency urgency : Urgency.values()) {
                if (row == null || row.get(urgency) == null) {
                    throw new IllegalArgumentException("priority matrix misses " + impact + " × " + urgency);
                }
            }
            copy.put(impact, new EnumMap<>(row));
        }
        this.cells = copy;
    }

    /** The usual service-desk grading: the wider and the more urgent, the higher. */
    public static PriorityMatrix defaults() {
        return new PriorityMatrix(Map.of(
                Impact.SEVERAL_MEMBERS, Map.of(Urgency.HIGH, Priority.P1, Urgency.MEDIUM, Priority.P1, Urgency.LOW, Priority.P2),
                Impact.MEMBER, Map.of(Urgency.HIGH, Priority.P1, Urgency.MEDIUM, Priority.P2, Urgency.LOW, Priority.P3),
                Impact.SERVICE, Map.of(Urgency.HIGH, Priority.P2, Urgency.MEDIUM, Priority.P3, Urgency.LOW, Priority.P3),
                Impact.USER, Map.of(Urgency.HIGH, Priority.P3, Urgency.MEDIUM, Priority.P4, Urgency.LOW, Priority.P4)));
    }

    public Priority priority(TicketType type, Impact impact, Urgency urgency) {
        Priority graded = cells.get(impact).get(urgency);
        return type == TicketType.SECURITY_INCIDENT ? graded.atLeast(Priority.P2) : graded;
    }

    /** The cell as configured, before the floor of security incidents. */
    public Priority cell(Impact impact, Urgency urgency) {
        return cells.get(impact).get(urgency);
    }
}
