package fr.guichet.incident;

import java.time.Instant;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A service's state from the open major incidents and the planned work on it: cut (a decision to cut not yet followed
 * by its restoration) is an outage, otherwise an open incident degrades it; a resolved incident no longer counts. An
 * interrupting change is a maintenance from its start until its end: once started and not yet ended, or approved and
 * inside its window. The worst state wins (outage, maintenance, degraded).
 */
public final class ServiceStates {

    /** An open incident as the rule needs it: its services, and whether they are cut now. */
    public record OpenIncident(Set<Long> serviceIds, boolean cut) {
    }

    /** An approved or started interrupting change: its services, its window, whether it has started. */
    public record PlannedWork(Set<Long> serviceIds, Instant start, Instant end, boolean started) {

        public boolean isOn(Instant now) {
            return started || !now.isBefore(start) && now.isBefore(end);
        }
    }

    private ServiceStates() {
    }

    /** The state of each service at {@code now}, in the order given. */
    public static Map<Long, ServiceState> of(Collection<Long> services, Collection<OpenIncident> incidents,
                                             Collection<PlannedWork> works, Instant now) {
        Map<Long, ServiceState> states = new LinkedHashMap<>();
        for (Long service : services) {
            ServiceState state = ServiceState.OPERATIONAL;
            for (OpenIncident incident : incidents) {
                if (incident.serviceIds().contains(service)) {
                    state = state.worst(incident.cut() ? ServiceState.OUTAGE : ServiceState.DEGRADED);
                }
            }
            for (PlannedWork work : works) {
                if (work.serviceIds().contains(service) && work.isOn(now)) {
                    state = state.worst(ServiceState.MAINTENANCE);
                }
            }
            states.put(service, state);
        }
        return states;
    }

    /** Cut when the latest of its decisions to cut and restorations is a cut. */
    public static boolean cut(UpdateKind latestCutOrRestore) {
        return latestCutOrRestore == UpdateKind.CUT_DECISION;
    }
}
