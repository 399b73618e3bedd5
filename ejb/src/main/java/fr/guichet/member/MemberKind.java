package fr.guichet.member;

/** A commune that adheres to the syndicate, or a partner of an agreement (entente) such as TNO. */
public enum MemberKind {
    COMMUNE,
    PARTNER
}
