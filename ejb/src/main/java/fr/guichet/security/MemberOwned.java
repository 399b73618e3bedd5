package fr.guichet.security;

/**
 * An entity that holds one member's data. Every such entity is checked on load and on write by
 * {@link MemberIsolationListener}; {@code IsolationCoverageTest} fails if an entity with a member
 * reference does not implement this interface.
 */
public interface MemberOwned {

    /** The member whose data this row is; {@code null} for rows that belong to no member (staff accounts). */
    Long owningMemberId();
}
