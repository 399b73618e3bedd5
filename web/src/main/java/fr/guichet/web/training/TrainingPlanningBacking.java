package fr.guichet.web.training;

import fr.guichet.catalog.CatalogService;
import fr.guichet.training.SessionDraft;
import fr.guichet.training.SessionPlanning;
import fr.guichet.training.SessionView;
import fr.guichet.training.TrainingSession;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.primefaces.model.StreamedContent;

/**
 * helpdesk/training.xhtml: managers plan training sessions (create, correct), cancel one with its reason (registrants
 * are told by mail) and print attendance sheets.
 */
@Named("trainingPage")
@ViewScoped
public class TrainingPlanningBacking implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private SessionPlanning planning;

    @Inject
    private CatalogService catalog;

    private List<SessionView> sessions;
    private Map<Long, String> serviceNames;
    private Long editedId;
    private Long serviceId;
    private LocalDateTime startsAt;
    private LocalDateTime endsAt;
    private BigDecimal durationDays = BigDecimal.ONE;
    private String place;
    private String onlineLink;
    private Integer seats = 12;
    private String trainer;
    private String cancelReason;

    @PostConstruct
    void init() {
        serviceNames = catalog.serviceChoices().stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        reload();
    }

    private void reload() {
        sessions = planning.planned();
    }

    public void edit(long id) {
        TrainingSession session = sessions.stream().map(SessionView::session).filter(s -> s.getId() == id).findFirst().orElseThrow();
        editedId = id;
        serviceId = session.getServiceId();
        startsAt = LocalDateTime.ofInstant(session.getStartsAt(), PARIS);
        endsAt = LocalDateTime.ofInstant(session.getEndsAt(), PARIS);
        durationDays = session.getDurationDays();
        place = session.getPlace();
        onlineLink = session.getOnlineLink();
        seats = session.getSeats();
        trainer = session.getTrainer();
        cancelReason = null;
    }

    public void startNew() {
        editedId = null;
        serviceId = null;
        startsAt = null;
        endsAt = null;
        durationDays = BigDecimal.ONE;
        place = null;
        onlineLink = null;
        seats = 12;
        trainer = null;
        cancelReason = null;
    }

    /** Saves the form; a refusal keeps what was typed. */
    public void save() {
        try {
            SessionDraft draft = new SessionDraft(serviceId, startsAt == null ? null : startsAt.atZone(PARIS).toInstant(),
                    endsAt == null ? null : endsAt.atZone(PARIS).toInstant(), durationDays, place, onlineLink, seats == null ? 0 : seats,
                    trainer);
            if (editedId == null) {
                planning.create(draft);
            } else {
                planning.update(editedId, draft);
            }
            FacesMessages.info("training.planning.saved");
            startNew();
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void cancelSession() {
        try {
            planning.cancel(editedId, cancelReason == null ? "" : cancelReason);
            FacesMessages.info("training.planning.cancelled");
            startNew();
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public StreamedContent attendanceSheet(long id) {
        return Files.streamed("feuille-emargement-" + id + ".pdf", "application/pdf",
                AttendanceSheetPdf.write(planning.attendanceSheet(id), key -> Texts.get(FacesMessages.pageLocale(), key),
                        FacesMessages.pageLocale()));
    }

    public String serviceName(long id) {
        return serviceNames.getOrDefault(id, String.valueOf(id));
    }

    public List<SessionView> getSessions() {
        return sessions;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public LocalDateTime getStartsAt() {
        return startsAt;
    }

    public void setStartsAt(LocalDateTime startsAt) {
        this.startsAt = startsAt;
    }

    public LocalDateTime getEndsAt() {
        return endsAt;
    }

    public void setEndsAt(LocalDateTime endsAt) {
        this.endsAt = endsAt;
    }

    public BigDecimal getDurationDays() {
        return durationDays;
    }

    public void setDurationDays(BigDecimal durationDays) {
        this.durationDays = durationDays;
    }

    public String getPlace() {
        return place;
    }

    public void setPlace(String place) {
        this.place = place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public void setOnlineLink(String onlineLink) {
        this.onlineLink = onlineLink;
    }

    public Integer getSeats() {
        return seats;
    }

    public void setSeats(Integer seats) {
        this.seats = seats;
    }

    public String getTrainer() {
        return trainer;
    }

    public void setTrainer(String trainer) {
        this.trainer = trainer;
    }

    public String getCancelReason() {
        return cancelReason;
    }

    public void setCancelReason(String cancelReason) {
        this.cancelReason = cancelReason;
    }
}
