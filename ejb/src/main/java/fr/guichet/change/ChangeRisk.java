package fr.guichet.change;

/** How likely the change is to go wrong, and how badly: a high risk needs the direction's approval. */
public enum ChangeRisk {
    LOW, MEDIUM, HIGH
}
