package fr.guichet.catalog;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** One version of a service's request form. Versions are never edited: a request keeps the one it used. */
@Entity
@Table(name = "request_form")
public class RequestForm implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_id")
    private Long serviceId;

    private int version;

    @Column(name = "created_at")
    private Instant createdAt;

    @OneToMany(mappedBy = "form", fetch = FetchType.EAGER, cascade = CascadeType.PERSIST)
    @OrderBy("position")
    private List<FormField> fields = new ArrayList<>();

    protected RequestForm() {
    }

    /** A new version of a service's form, with its questions in the given order. */
    RequestForm(long serviceId, int version, List<FieldDefinition> definitions, Instant now) {
        this.serviceId = serviceId;
        this.version = version;
        this.createdAt = now;
        for (int i = 0; i < definitions.size(); i++) {
            fields.add(new FormField(this, definitions.get(i), i + 1));
        }
    }

    public List<FieldDefinition> definitions() {
        return fields.stream().map(FieldDefinition::of).toList();
    }

    public List<FieldSpec> specs() {
        return fields.stream().map(FormField::spec).toList();
    }

    public Optional<FormField> quantityField() {
        return fields.stream().filter(FormField::isQuantityField).findFirst();
    }

    public Long getId() {
        return id;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public int getVersion() {
        return version;
    }

    public List<FormField> getFields() {
        return List.copyOf(fields);
    }
}
