package fr.guichet.training;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/** A dated session of a training service: where, when, how many seats, with whom. */
@Entity
@Table(name = "training_session")
public class TrainingSession implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "service_id")
    private Long serviceId;

    @Column(name = "starts_at")
    private Instant startsAt;

    @Column(name = "ends_at")
    private Instant endsAt;

    @Column(name = "duration_days")
    private BigDecimal durationDays;

    private String place;

    @Column(name = "online_link")
    private String onlineLink;

    private int seats;
    private String trainer;
    private boolean cancelled;

    @Version
    private int version;

    protected TrainingSession() {
    }

    TrainingSession(SessionDraft draft) {
        change(draft);
    }

    void change(SessionDraft draft) {
        serviceId = draft.serviceId();
        startsAt = draft.startsAt();
        endsAt = draft.endsAt();
        durationDays = draft.durationDays();
        place = blankToNull(draft.place());
        onlineLink = blankToNull(draft.onlineLink());
        seats = draft.seats();
        trainer = draft.trainer().strip();
    }

    void cancel() {
        cancelled = true;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    public boolean isOpenForRegistration(Instant now) {
        return !cancelled && now.isBefore(startsAt);
    }

    public Long getId() {
        return id;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public Instant getStartsAt() {
        return startsAt;
    }

    public Instant getEndsAt() {
        return endsAt;
    }

    public BigDecimal getDurationDays() {
        return durationDays;
    }

    public String getPlace() {
        return place;
    }

    public String getOnlineLink() {
        return onlineLink;
    }

    public int getSeats() {
        return seats;
    }

    public String getTrainer() {
        return trainer;
    }

    public boolean isCancelled() {
        return cancelled;
    }
}
