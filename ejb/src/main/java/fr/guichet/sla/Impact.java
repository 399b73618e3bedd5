package fr.guichet.sla;

/** How far a problem reaches: one user, a whole service of a commune, the commune, several members. */
public enum Impact {
    USER, SERVICE, MEMBER, SEVERAL_MEMBERS
}
