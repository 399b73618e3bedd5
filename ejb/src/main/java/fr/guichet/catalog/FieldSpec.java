package fr.guichet.catalog;

import java.math.BigDecimal;
import java.util.List;

/** What a form field accepts, as the pure validation rules see it. */
public record FieldSpec(String key, String label, FieldType type, boolean required, BigDecimal min, BigDecimal max,
                        List<String> choices) {

    public FieldSpec {
        choices = choices == null ? List.of() : List.copyOf(choices);
    }
}
