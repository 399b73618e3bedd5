package fr.guichet.web.sla;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.sla.BusinessCalendar;
import fr.guichet.sla.SlaSettings;
import jakarta.inject.Inject;
import fr.guichet.web.api.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;

/** {@code GET /api/v1/sla/due}: the business-time clock, for other tools and for checking it from outside. */
@Path("/v1/sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SlaResource {

    @Inject
    private SlaSettings settings;

    @GET
    @Path("due")
    public Due due(@QueryParam("calendar") String calendarCode, @QueryParam("from") String from,
                   @QueryParam("minutes") Long minutes) {
        BusinessCalendar calendar = settings.calendar(calendarCode);
        Instant start = QueryParams.instant("from", from);
        if (start == null || minutes == null || minutes < 0 || minutes > 1_000_000) {
            throw new BusinessRuleException("sla.due.invalid");
        }
        return new Due(calendar.addBusinessMinutes(start, minutes).atZone(calendar.zone()).toOffsetDateTime().toString());
    }

    /** The due date, ISO-8601 with the calendar's offset, e.g. {@code 2026-11-24T09:00+01:00}. */
    public record Due(String due) {
    }
}
