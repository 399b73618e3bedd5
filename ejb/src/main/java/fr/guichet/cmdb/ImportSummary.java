package fr.guichet.cmdb;

/** What an inventory import did, or would do when only checked. */
public record ImportSummary(long lines, int created, int updated) {
}
