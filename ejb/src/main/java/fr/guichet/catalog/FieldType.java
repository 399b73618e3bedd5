package fr.guichet.catalog;

/** The kinds of field a request form can hold. */
public enum FieldType {
    TEXT, LONG_TEXT, NUMBER, DATE, SINGLE_CHOICE, MULTIPLE_CHOICE, YES_NO, USER
}
