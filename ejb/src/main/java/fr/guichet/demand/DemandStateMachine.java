package fr.guichet.demand;

import static fr.guichet.demand.DemandState.DECLINED;
import static fr.guichet.demand.DemandState.DELIVERED;
import static fr.guichet.demand.DemandState.IN_PROGRESS;
import static fr.guichet.demand.DemandState.PLANNED;
import static fr.guichet.demand.DemandState.SCORED;
import static fr.guichet.demand.DemandState.STUDY;
import static fr.guichet.demand.DemandState.SUBMITTED;

import fr.guichet.common.BusinessRuleException;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * Which action leads where. Scoring moves a submitted or studied demand to SCORED (and rescoring keeps
 * it where it is); merging ends any open demand. Every action here is a manager's.
 */
public final class DemandStateMachine {

    private static final Map<DemandAction, Set<DemandState>> FROM = new EnumMap<>(DemandAction.class);
    private static final Map<DemandAction, DemandState> TO = new EnumMap<>(DemandAction.class);

    static {
        rule(DemandAction.STUDY, EnumSet.of(SUBMITTED), STUDY);
        rule(DemandAction.PLAN, EnumSet.of(SCORED, PLANNED), PLANNED);
        rule(DemandAction.START, EnumSet.of(PLANNED), IN_PROGRESS);
        rule(DemandAction.DELIVER, EnumSet.of(PLANNED, IN_PROGRESS), DELIVERED);
        rule(DemandAction.DECLINE, EnumSet.of(SUBMITTED, STUDY, SCORED, PLANNED, IN_PROGRESS), DECLINED);
    }

    private DemandStateMachine() {
    }

    private static void rule(DemandAction action, Set<DemandState> from, DemandState to) {
        FROM.put(action, from);
        TO.put(action, to);
    }

    public static boolean allows(DemandState from, DemandAction action) {
        return FROM.get(action).contains(from);
    }

    public static DemandState next(DemandState from, DemandAction action) {
        if (!allows(from, action)) {
            throw new BusinessRuleException("demand.transition.illegal", "demand.action." + action, "demand.state." + from);
        }
        return TO.get(action);
    }

    /** The state after a (re)scoring: scored unless already planned or further. */
    public static DemandState afterScoring(DemandState from) {
        if (!from.isOpen()) {
            throw new BusinessRuleException("demand.transition.illegal", "demand.action.SCORE", "demand.state." + from);
        }
        return from == SUBMITTED || from == STUDY ? SCORED : from;
    }
}
