package fr.guichet.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;

/** One question of a request form. */
@Entity
@Table(name = "form_field")
public class FormField implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @JoinColumn(name = "form_id")
    private RequestForm form;

    @Column(name = "field_key")
    private String key;

    private String label;
    private String help;

    @Enumerated(EnumType.STRING)
    @Column(name = "field_type")
    private FieldType type;

    private boolean required;

    @Column(name = "min_value")
    private BigDecimal min;

    @Column(name = "max_value")
    private BigDecimal max;

    /** Choices, one per line. */
    private String choices;

    /** The number of units asked for: delivery adds it to the member's subscription. */
    @Column(name = "quantity_field")
    private boolean quantityField;

    private int position;

    protected FormField() {
    }

    FormField(RequestForm form, FieldDefinition definition, int position) {
        this.form = form;
        this.key = definition.getKey().trim();
        this.label = definition.getLabel().trim();
        this.help = definition.getHelp() == null || definition.getHelp().isBlank() ? null : definition.getHelp().trim();
        this.type = definition.getType();
        this.required = definition.isRequired();
        this.min = definition.getMin();
        this.max = definition.getMax();
        this.choices = definition.getChoices();
        this.quantityField = definition.isQuantity();
        this.position = position;
    }

    public FieldSpec spec() {
        return new FieldSpec(key, label, type, required, min, max, getChoiceList());
    }

    public List<String> getChoiceList() {
        return choices == null || choices.isBlank() ? List.of()
                : Arrays.stream(choices.split("\\R")).map(String::trim).filter(c -> !c.isEmpty()).toList();
    }

    public String getKey() {
        return key;
    }

    public String getLabel() {
        return label;
    }

    public String getHelp() {
        return help;
    }

    public FieldType getType() {
        return type;
    }

    public boolean isRequired() {
        return required;
    }

    public BigDecimal getMin() {
        return min;
    }

    public BigDecimal getMax() {
        return max;
    }

    public boolean isQuantityField() {
        return quantityField;
    }

    public int getPosition() {
        return position;
    }
}
