package fr.guichet.sla;

/** P1 is the most pressing. */
public enum Priority {
    P1, P2, P3, P4;

    /** The more pressing of the two. */
    public Priority atLeast(Priority floor) {
        return compareTo(floor) <= 0 ? this : floor;
    }
}
