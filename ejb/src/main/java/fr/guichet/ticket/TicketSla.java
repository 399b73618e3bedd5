package fr.guichet.ticket;

import fr.guichet.sla.SlaClock;
import fr.guichet.sla.SlaTarget;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;

/**
 * Where a ticket stands against its service levels: the targets it was opened with, its due and warning
 * dates, what was warned and breached, and since when its clock is paused. The dates are stored (not computed
 * on read) so that queues sort by due date on an index and the watch finds what falls due with an indexed
 * range query; they are computed again whenever the clock stops or resumes.
 */
@Embeddable
public class TicketSla implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A warning goes out once this share of a target is used. */
    static final int WARNING_PERCENT = 75;

    @Column(name = "calendar_code")
    private String calendarCode;

    @Column(name = "first_response_minutes")
    private int firstResponseMinutes;

    @Column(name = "resolution_minutes")
    private int resolutionMinutes;

    @Column(name = "first_responded_at")
    private Instant firstRespondedAt;

    @Column(name = "first_response_warn_at")
    private Instant firstResponseWarnAt;

    @Column(name = "first_response_due")
    private Instant firstResponseDue;

    @Column(name = "resolution_warn_at")
    private Instant resolutionWarnAt;

    @Column(name = "resolution_due")
    private Instant resolutionDue;

    @Column(name = "first_response_warned")
    private boolean firstResponseWarned;

    @Column(name = "resolution_warned")
    private boolean resolutionWarned;

    @Column(name = "first_response_breached")
    private boolean firstResponseBreached;

    @Column(name = "resolution_breached")
    private boolean resolutionBreached;

    @Column(name = "paused_since")
    private Instant pausedSince;

    protected TicketSla() {
    }

    TicketSla(SlaTarget target) {
        this.calendarCode = target.calendarCode();
        this.firstResponseMinutes = target.firstResponseMinutes();
        this.resolutionMinutes = target.resolutionMinutes();
    }

    /** Due and warning dates from the targets, the calendar and the pauses so far; none while paused. */
    void schedule(Instant openedAt, SlaClock clock, List<SlaClock.Pause> pauses) {
        if (firstRespondedAt == null) {
            firstResponseDue = clock.due(openedAt, firstResponseMinutes, pauses).orElse(null);
            firstResponseWarnAt = clock.due(openedAt, warningMinutes(firstResponseMinutes), pauses).orElse(null);
        }
        resolutionDue = clock.due(openedAt, resolutionMinutes, pauses).orElse(null);
        resolutionWarnAt = clock.due(openedAt, warningMinutes(resolutionMinutes), pauses).orElse(null);
    }

    /**
     * New targets after a correction of the ticket: warnings not yet due under them may go out again; a breach
     * that happened stays recorded. The dates follow with the next {@link #schedule}.
     */
    void retarget(SlaTarget target) {
        calendarCode = target.calendarCode();
        firstResponseMinutes = target.firstResponseMinutes();
        resolutionMinutes = target.resolutionMinutes();
        firstResponseWarned &= firstRespondedAt != null || firstResponseBreached;
        resolutionWarned &= resolutionBreached;
    }

    static long warningMinutes(int targetMinutes) {
        return (long) targetMinutes * WARNING_PERCENT / 100;
    }

    /** The clock stops while the ticket waits or is resolved, and runs again otherwise. */
    void statusChanged(TicketStatus next, Instant now) {
        if (next.pausesTheClock() || next == TicketStatus.RESOLVED) {
            pausedSince = pausedSince == null ? now : pausedSince;
        } else {
            pausedSince = null;
        }
        if (next == TicketStatus.RESOLVED) {
            resolutionBreached |= resolutionDue != null && now.isAfter(resolutionDue);
        }
    }

    /** The first public word of the syndicate stops the first-response clock. */
    void recordFirstResponse(Instant now) {
        if (firstRespondedAt == null) {
            firstRespondedAt = now;
            firstResponseBreached |= firstResponseDue != null && now.isAfter(firstResponseDue);
        }
    }

    void markWarned(SlaTargetKind kind) {
        if (kind == SlaTargetKind.FIRST_RESPONSE) {
            firstResponseWarned = true;
        } else {
            resolutionWarned = true;
        }
    }

    void markBreached(SlaTargetKind kind) {
        if (kind == SlaTargetKind.FIRST_RESPONSE) {
            firstResponseBreached = true;
        } else {
            resolutionBreached = true;
        }
    }

    public String getCalendarCode() {
        return calendarCode;
    }

    public int getFirstResponseMinutes() {
        return firstResponseMinutes;
    }

    public int getResolutionMinutes() {
        return resolutionMinutes;
    }

    public Instant getFirstRespondedAt() {
        return firstRespondedAt;
    }

    public Instant getFirstResponseDue() {
        return firstResponseDue;
    }

    public Instant getFirstResponseWarnAt() {
        return firstResponseWarnAt;
    }

    public Instant getResolutionDue() {
        return resolutionDue;
    }

    public Instant getResolutionWarnAt() {
        return resolutionWarnAt;
    }

    public boolean isFirstResponseBreached() {
        return firstResponseBreached;
    }

    public boolean isResolutionBreached() {
        return resolutionBreached;
    }

    public Instant getPausedSince() {
        return pausedSince;
    }
}
