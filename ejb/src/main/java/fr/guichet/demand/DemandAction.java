package fr.guichet.demand;

/** What managers do to a demand (scoring and merging have their own operations). */
public enum DemandAction {
    STUDY, PLAN, START, DELIVER, DECLINE
}
