package fr.guichet.report;

import java.io.Serializable;
import java.math.BigDecimal;

/** Ratings given to resolved tickets (1 to 5 stars): how many, and their mean (null with none). */
public record Satisfaction(long ratings, BigDecimal average) implements Serializable {
}
