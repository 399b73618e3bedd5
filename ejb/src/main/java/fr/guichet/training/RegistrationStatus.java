package fr.guichet.training;

/** A seat held (CONFIRMED), a place in line (WAITING), or withdrawn (CANCELLED). */
public enum RegistrationStatus {
    CONFIRMED, WAITING, CANCELLED
}
