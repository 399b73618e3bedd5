package fr.guichet.web.member;

import fr.guichet.sla.MemberCalendars;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * The calendar card of admin/member.xhtml: the member's public holidays this year (from its department) and its own
 * closed days, which stop its tickets' SLA clocks; administrators add and remove closed days.
 */
@Named("memberCalendar")
@ViewScoped
public class MemberCalendarCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberEditBacking page;

    @Inject
    private MemberCalendars calendars;

    private MemberCalendars.Year year;
    private LocalDate day;
    private String reason;

    public MemberCalendars.Year getYear() {
        if (year == null) {
            year = calendars.year(page.getId(), LocalDate.now(ZoneId.of("Europe/Paris")).getYear());
        }
        return year;
    }

    public void close() {
        try {
            calendars.close(page.getId(), day, reason);
            FacesMessages.info("members.closure.added", day);
            day = null;
            reason = null;
            year = null;
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void reopen(LocalDate closed) {
        try {
            calendars.reopen(page.getId(), closed);
            FacesMessages.info("members.closure.removed", closed);
            year = null;
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public LocalDate getDay() {
        return day;
    }

    public void setDay(LocalDate day) {
        this.day = day;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }
}
