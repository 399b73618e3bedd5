package fr.guichet.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;

/** A link shown on a service's page (documentation, training material...). */
@Entity
@Table(name = "catalog_service_link")
public class ServiceLink implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_id")
    private Long serviceId;

    private String label;
    private String url;
    private int position;

    protected ServiceLink() {
    }

    ServiceLink(long serviceId, String label, String url, int position) {
        this.serviceId = serviceId;
        this.label = label;
        this.url = url;
        this.position = position;
    }

    public String getLabel() {
        return label;
    }

    public String getUrl() {
        return url;
    }

    public int getPosition() {
        return position;
    }
}
