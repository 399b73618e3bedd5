package fr.guichet.usage;

/** A usage file kept: how many values it wrote. */
public record ImportResult(long importId, String fileName, int values) {
}
