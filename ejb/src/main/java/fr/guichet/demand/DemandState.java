package fr.guichet.demand;

/** The life of a demand; DELIVERED, DECLINED and MERGED end it. */
public enum DemandState {
    SUBMITTED, STUDY, SCORED, PLANNED, IN_PROGRESS, DELIVERED, DECLINED, MERGED;

    public boolean isOpen() {
        return this != DELIVERED && this != DECLINED && this != MERGED;
    }
}
