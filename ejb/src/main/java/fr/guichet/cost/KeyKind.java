package fr.guichet.cost;

/** Where a distribution key's weights come from: the members' populations, or a table voted by the comité. */
public enum KeyKind {
    POPULATION,
    VOTED
}
