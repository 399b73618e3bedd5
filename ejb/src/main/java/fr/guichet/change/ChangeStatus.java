package fr.guichet.change;

/** Where a change stands, from its draft to its end. */
public enum ChangeStatus {
    DRAFT, SUBMITTED, APPROVED, REJECTED, IN_PROGRESS, DONE, FAILED, CANCELLED;

    /** Nothing more happens to it. */
    public boolean isFinished() {
        return this == REJECTED || this == DONE || this == FAILED || this == CANCELLED;
    }
}
