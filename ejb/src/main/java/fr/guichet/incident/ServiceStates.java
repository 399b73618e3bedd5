package fr.guichet.incident;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * A service's state from the open major incidents on it: cut (a decision to cut not yet followed by its restoration)
 * is an outage, otherwise an open incident degrades it; a resolved incident no longer counts.
 */
public final class ServiceStates {

    /** An open incident as the rule needs it: its services, and whether they are cut now. */
    public record OpenIncident(Set<Long> serviceIds, boolean cut) {
    }

    private ServiceStates() {
    }

    /** The state of each service, in the order given. */
    public static Map<Long, ServiceState> of(Collection<Long> services, Collection<OpenIncident> incidents) {
        Map<Long, ServiceState> states = new LinkedHashMap<>();
        for (Long service : services) {
            ServiceState state = ServiceState.OPERATIONAL;
            for (OpenIncident incident : incidents) {
                if (incident.serviceIds().contains(service)) {
                    state = incident.cut() ? ServiceState.OUTAGE : state == ServiceState.OUTAGE ? state : ServiceState.DEGRADED;
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
