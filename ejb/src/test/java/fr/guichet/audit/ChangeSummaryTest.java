package fr.guichet.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ChangeSummaryTest {

    @Test
    void listsOnlyChangedFieldsInAlphabeticalOrder() {
        Map<String, Object> before = Map.of("population", 20000, "name", "Givors", "active", true);
        Map<String, Object> after = Map.of("population", 20500, "name", "Givors", "active", false);
        assertEquals("active: true → false; population: 20000 → 20500", ChangeSummary.between(before, after));
    }

    @Test
    void showsMissingValuesAsEmptySet() {
        Map<String, Object> before = new HashMap<>();
        before.put("contactEmail", null);
        assertEquals("contactEmail: ∅ → a@b.fr", ChangeSummary.between(before, Map.of("contactEmail", "a@b.fr")));
    }

    @Test
    void saysWhenNothingChanged() {
        assertEquals("aucun changement", ChangeSummary.between(Map.of("a", 1), Map.of("a", 1)));
    }

    @Test
    void describesACreationInGivenOrder() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", "Corbas");
        values.put("population", 11300);
        assertEquals("name: Corbas; population: 11300", ChangeSummary.of(values));
    }

    @Test
    void longValuesAndSummariesAreCut() {
        String huge = "x".repeat(5000);
        String summary = ChangeSummary.between(Map.of("a", "", "b", ""), Map.of("a", huge, "b", huge));
        assertTrue(summary.length() <= ChangeSummary.MAX_LENGTH);
        assertTrue(summary.contains("…"));
    }
}
