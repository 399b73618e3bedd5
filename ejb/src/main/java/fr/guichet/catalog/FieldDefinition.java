package fr.guichet.catalog;

import java.io.Serializable;
import java.math.BigDecimal;

/** One question as a manager defines it in the form editor (mutable: it is bound to the editor page). */
public class FieldDefinition implements Serializable {

    private static final long serialVersionUID = 1L;

    private String key;
    private String label;
    private String help;
    private FieldType type = FieldType.TEXT;
    private boolean required;
    private BigDecimal min;
    private BigDecimal max;
    private String choices;
    private boolean quantity;

    public FieldDefinition() {
    }

    static FieldDefinition of(FormField field) {
        FieldDefinition definition = new FieldDefinition();
        definition.key = field.getKey();
        definition.label = field.getLabel();
        definition.help = field.getHelp();
        definition.type = field.getType();
        definition.required = field.isRequired();
        definition.min = field.getMin();
        definition.max = field.getMax();
        definition.choices = String.join("\n", field.getChoiceList());
        definition.quantity = field.isQuantityField();
        return definition;
    }

    public String getKey() {
        return key;
    }

    public void setKey(String key) {
        this.key = key;
    }

    public String getLabel() {
        return label;
    }

    public void setLabel(String label) {
        this.label = label;
    }

    public String getHelp() {
        return help;
    }

    public void setHelp(String help) {
        this.help = help;
    }

    public FieldType getType() {
        return type;
    }

    public void setType(FieldType type) {
        this.type = type;
    }

    public boolean isRequired() {
        return required;
    }

    public void setRequired(boolean required) {
        this.required = required;
    }

    public BigDecimal getMin() {
        return min;
    }

    public void setMin(BigDecimal min) {
        this.min = min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public void setMax(BigDecimal max) {
        this.max = max;
    }

    public String getChoices() {
        return choices;
    }

    public void setChoices(String choices) {
        this.choices = choices;
    }

    public boolean isQuantity() {
        return quantity;
    }

    public void setQuantity(boolean quantity) {
        this.quantity = quantity;
    }
}
