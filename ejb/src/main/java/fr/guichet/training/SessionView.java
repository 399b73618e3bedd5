package fr.guichet.training;

import java.io.Serializable;

/**
 * A session with its seat counts (counts only: nothing about who registered) and whether it still
 * takes registrations.
 */
public record SessionView(TrainingSession session, long confirmed, long waiting, boolean open) implements Serializable {

    public long seatsLeft() {
        return Math.max(0, session.getSeats() - confirmed);
    }
}
