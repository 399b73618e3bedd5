package fr.guichet.catalog;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import fr.guichet.common.BusinessRuleException;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormRulesTest {

    private static FieldDefinition field(String key, FieldType type) {
        FieldDefinition field = new FieldDefinition();
        field.setKey(key);
        field.setLabel("Question " + key);
        field.setType(type);
        return field;
    }

    private static String refusal(List<FieldDefinition> fields) {
        return assertThrows(BusinessRuleException.class, () -> FormRules.check(fields)).messageKey();
    }

    @Test
    void aSimpleFormIsPublishable() {
        FieldDefinition count = field("mailboxes", FieldType.NUMBER);
        count.setQuantity(true);
        count.setMin(BigDecimal.ONE);
        count.setMax(BigDecimal.TEN);
        assertDoesNotThrow(() -> FormRules.check(List.of(count, field("service_name", FieldType.TEXT))));
    }

    @Test
    void keysAreUniqueLowerCaseIdentifiers() {
        assertEquals("form.key.invalid", refusal(List.of(field("Nom du service", FieldType.TEXT))));
        assertEquals("form.key.duplicate", refusal(List.of(field("a", FieldType.TEXT), field("a", FieldType.DATE))));
        assertEquals("form.empty", refusal(List.of()));
    }

    @Test
    void questionsAreComplete() {
        FieldDefinition unlabelled = field("a", FieldType.TEXT);
        unlabelled.setLabel(" ");
        assertEquals("form.label.required", refusal(List.of(unlabelled)));
        assertEquals("form.choices.required", refusal(List.of(field("size", FieldType.SINGLE_CHOICE))));
        FieldDefinition bounds = field("n", FieldType.NUMBER);
        bounds.setMin(BigDecimal.TEN);
        bounds.setMax(BigDecimal.ONE);
        assertEquals("form.bounds.invalid", refusal(List.of(bounds)));
    }

    @Test
    void atMostOneQuantityQuestionWhichIsANumber() {
        FieldDefinition text = field("t", FieldType.TEXT);
        text.setQuantity(true);
        assertEquals("form.quantity.notNumber", refusal(List.of(text)));
        FieldDefinition a = field("a", FieldType.NUMBER);
        a.setQuantity(true);
        FieldDefinition b = field("b", FieldType.NUMBER);
        b.setQuantity(true);
        assertEquals("form.quantity.several", refusal(List.of(a, b)));
    }
}
