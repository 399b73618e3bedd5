package fr.guichet.demand;

/** What the backlog shows: {@code supportedBy} a member's id; sort by rank, support or date. */
public record DemandFilter(DemandState state, DemandKind kind, Long supportedBy, Long serviceId, String text, Sort sort) {

    /** Backlog orders. */
    public enum Sort {
        RANK, SUPPORT, DATE
    }

    public DemandFilter {
        sort = sort == null ? Sort.RANK : sort;
    }
}
