package fr.guichet.security;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Predicate;
import java.util.Objects;

/**
 * Which members' data a caller may read or change: one member for commune users, all for staff.
 * Queries restrict themselves in one of two ways: Criteria queries with {@link #restrict}, JPQL and native
 * SQL with the member {@link #memberFor} gives, as a parameter. {@link MemberIsolationListener} checks every
 * loaded or written row again, so a query that forgets fails instead of leaking.
 */
public final class MemberScope {

    public static final MemberScope ALL_MEMBERS = new MemberScope(null);

    /** No member at all: what a request without identity sees. An id no member has, so queries match nothing. */
    public static final MemberScope NONE = new MemberScope(-1L);

    private final Long memberId;

    private MemberScope(Long memberId) {
        this.memberId = memberId;
    }

    public static MemberScope only(long memberId) {
        return new MemberScope(memberId);
    }

    public boolean isAllMembers() {
        return memberId == null;
    }

    /** The only member visible, for queries that take it as a parameter; {@code null} means all. */
    public Long memberIdOrNull() {
        return memberId;
    }

    /**
     * The member a JPQL or native query keeps, given the member the caller asked for ({@code null}: any):
     * {@code null} (every member) or the one asked for, for staff; their own member for a commune user, and
     * an id no member has when they ask for another member's, so that the query finds nothing.
     */
    public Long memberFor(Long requested) {
        if (memberId == null) {
            return requested;
        }
        return requested == null || requested.equals(memberId) ? memberId : NONE.memberId;
    }

    public boolean allows(Long ownerMemberId) {
        return memberId == null || Objects.equals(memberId, ownerMemberId);
    }

    /** A predicate keeping the rows of the visible member(s); {@code memberIdPath} is the row's member id. */
    public Predicate restrict(CriteriaBuilder cb, Expression<Long> memberIdPath) {
        return memberId == null ? cb.conjunction() : cb.equal(memberIdPath, memberId);
    }

    @Override
    public String toString() {
        return memberId == null ? "all members" : this == NONE ? "no member" : "member " + memberId;
    }
}
