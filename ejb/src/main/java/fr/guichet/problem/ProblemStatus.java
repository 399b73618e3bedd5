package fr.guichet.problem;

/** Open while the cause is sought; a known error once a workaround is published; closed once the cause is removed. */
public enum ProblemStatus {
    OPEN, KNOWN_ERROR, CLOSED
}
