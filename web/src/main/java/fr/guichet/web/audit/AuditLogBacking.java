package fr.guichet.web.audit;

import fr.guichet.audit.AuditEntry;
import fr.guichet.audit.AuditFilter;
import fr.guichet.audit.AuditLog;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** admin/audit.xhtml: the audit log, newest first, filtered by actor, object, action and dates (Paris days). */
@Named
@ViewScoped
public class AuditLogBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListExport exports;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private AuditLog audit;

    private String actor;
    private String entityType;
    private String entityId;
    private String action;
    private LocalDate from;
    private LocalDate to;
    private PagedModel<AuditEntry> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> audit.search(filter(), page));
    }

    private AuditFilter filter() {
        Instant start = from == null ? null : from.atStartOfDay(PARIS).toInstant();
        Instant end = to == null ? null : to.plusDays(1).atStartOfDay(PARIS).toInstant();
        return new AuditFilter(actor, entityType, entityId, action, start, end);
    }

    /** The whole list with the filters shown, as a CSV or ODS file written straight into the response. */
    public void export(String format) {
        Downloads.fromPage("journal-audit", Downloads.format(format), out -> exports.audit(filter(), out, FacesMessages.pageLocale()));
    }

    public PagedModel<AuditEntry> getModel() {
        return model;
    }

    public String getActor() {
        return actor;
    }

    public void setActor(String actor) {
        this.actor = actor;
    }

    public String getEntityType() {
        return entityType;
    }

    public void setEntityType(String entityType) {
        this.entityType = entityType;
    }

    public String getEntityId() {
        return entityId;
    }

    public void setEntityId(String entityId) {
        this.entityId = entityId;
    }

    public String getAction() {
        return action;
    }

    public void setAction(String action) {
        this.action = action;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
