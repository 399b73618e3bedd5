package fr.guichet.catalog;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Decimals;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What makes a request form publishable: at least one question, unique lower-case keys, a label for
 * each, bounds in order, choices for choice questions, and at most one quantity question, a number.
 */
public final class FormRules {

    /** Numbers of a form, its bounds and the answers alike, as the bounds are stored: DECIMAL(18, 4). */
    public static final int NUMBER_INTEGER_DIGITS = 14;
    public static final int NUMBER_DECIMALS = 4;

    private FormRules() {
    }

    public static void check(List<FieldDefinition> fields) {
        if (fields.isEmpty()) {
            throw new BusinessRuleException("form.empty");
        }
        Set<String> keys = new HashSet<>();
        int quantities = 0;
        for (FieldDefinition field : fields) {
            String key = field.getKey() == null ? "" : field.getKey().trim();
            if (!key.matches("[a-z][a-z0-9_]{0,59}")) {
                throw new BusinessRuleException("form.key.invalid", key);
            }
            if (!keys.add(key)) {
                throw new BusinessRuleException("form.key.duplicate", key);
            }
            if (field.getLabel() == null || field.getLabel().isBlank()) {
                throw new BusinessRuleException("form.label.required", key);
            }
            if (!Decimals.fits(field.getMin(), NUMBER_INTEGER_DIGITS, NUMBER_DECIMALS)
                    || !Decimals.fits(field.getMax(), NUMBER_INTEGER_DIGITS, NUMBER_DECIMALS)) {
                throw new BusinessRuleException("form.bounds.tooPrecise", key);
            }
            if (field.getMin() != null && field.getMax() != null && field.getMin().compareTo(field.getMax()) > 0) {
                throw new BusinessRuleException("form.bounds.invalid", key);
            }
            boolean choiceType = field.getType() == FieldType.SINGLE_CHOICE || field.getType() == FieldType.MULTIPLE_CHOICE;
            if (choiceType && (field.getChoices() == null || field.getChoices().isBlank())) {
                throw new BusinessRuleException("form.choices.required", key);
            }
            if (field.isQuantity()) {
                quantities++;
                if (field.getType() != FieldType.NUMBER) {
                    throw new BusinessRuleException("form.quantity.notNumber", key);
                }
            }
        }
        if (quantities > 1) {
            throw new BusinessRuleException("form.quantity.several");
        }
    }
}
