package fr.guichet.web.ticket;

import fr.guichet.sla.SlaGauge;
import fr.guichet.sla.SlaSettings;
import fr.guichet.ticket.TicketRow;
import fr.guichet.ticket.TicketStatus;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;

/** Remaining SLA time of a queue line, in words and colour ({@code sla-on_track}, {@code sla-breached}...). */
@Named
@RequestScoped
public class SlaDisplay {

    private static final String NO_BREAK = "\u00a0";

    @Inject
    private SlaSettings settings;

    private final Instant now = Instant.now();

    public SlaGauge gauge(TicketRow row) {
        boolean open = row.status() != TicketStatus.RESOLVED && row.status() != TicketStatus.CLOSED;
        return SlaGauge.of(settings.calendar(row.calendarCode()), row.resolutionDue(), row.resolutionMinutes(), open,
                row.resolutionBreached(), now);
    }

    public String cssClass(TicketRow row) {
        return "sla sla-" + gauge(row).level().name().toLowerCase(java.util.Locale.ROOT);
    }

    /** "reste 2 h 15", "dépassé de 40 min", "en pause"... */
    public String label(TicketRow row) {
        SlaGauge gauge = gauge(row);
        String key = switch (gauge.level()) {
            case ON_TRACK, AT_RISK -> "sla.remaining";
            case BREACHED -> gauge.remainingMinutes() < 0 ? "sla.late" : "sla.breached";
            case PAUSED -> "sla.paused";
            case DONE -> "sla.done";
        };
        return Texts.get(FacesMessages.pageLocale(), key,
                duration(Math.abs(gauge.remainingMinutes())));
    }

    /** "2 h 05", "40 min"; joined by no-break spaces so that a narrow column never parts a number from its unit. */
    static String duration(long minutes) {
        long hours = minutes / 60;
        long rest = minutes % 60;
        if (hours == 0) {
            return rest + NO_BREAK + "min";
        }
        return rest == 0 ? hours + NO_BREAK + "h" : hours + NO_BREAK + "h" + NO_BREAK + (rest < 10 ? "0" : "") + rest;
    }
}
