package fr.guichet.catalog;

/** Free software is preferred, not mandatory. */
public enum LicenceType {
    FREE, PROPRIETARY
}
