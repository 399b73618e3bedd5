package fr.guichet.web.sla;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.sla.BusinessCalendar;
import fr.guichet.sla.CalendarDefinition;
import fr.guichet.sla.Impact;
import fr.guichet.sla.Priority;
import fr.guichet.sla.SlaConfiguration;
import fr.guichet.sla.SlaPolicy;
import fr.guichet.sla.SlaSettings;
import fr.guichet.sla.Urgency;
import fr.guichet.web.api.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * {@code /api/v1/sla}: the business-time clock ({@code due}, for other tools and for checking it from outside), the
 * priority matrix and the SLA policies, which managers set.
 */
@Path("/v1/sla")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SlaResource {

    @Inject
    private SlaConfiguration configuration;

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
    /** The priority matrix: impact × urgency → priority (a security incident is never below P2 whatever it says). */
    @GET
    @Path("matrix")
    public List<CellDto> matrix() {
        return configuration.matrix().stream().map(CellDto::of).toList();
    }

    @PUT
    @Path("matrix")
    @Consumes(MediaType.APPLICATION_JSON)
    public List<CellDto> setMatrix(@NotNull MatrixBody body) {
        if (body.cells() == null) {
            throw new BusinessRuleException("sla.matrix.cell");
        }
        return configuration.setMatrix(body.cells().stream().map(CellDto::cell).toList()).stream().map(CellDto::of).toList();
    }

    public record MatrixBody(List<CellDto> cells) {
    }

    @GET
    @Path("policies")
    public List<PolicyDto> policies() {
        return configuration.policies().stream().map(PolicyDto::of).toList();
    }

    @PUT
    @Path("policies/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    public PolicyDto updatePolicy(@PathParam("id") long id, @NotNull PolicyBody body) {
        if (body.firstResponseMinutes() == null || body.resolutionMinutes() == null || body.calendar() == null) {
            throw new BusinessRuleException("sla.policy.incomplete");
        }
        return PolicyDto.of(configuration.updatePolicy(id, body.firstResponseMinutes(), body.resolutionMinutes(), body.calendar()));
    }

    @GET
    @Path("calendars")
    public List<CalendarDto> calendars() {
        return configuration.calendars().stream().map(CalendarDto::of).toList();
    }

    /** Closes a calendar of the syndicate for a day (every member's tickets on it stand still that day). */
    @POST
    @Path("calendars/{code}/closures")
    @Consumes(MediaType.APPLICATION_JSON)
    public CalendarDto closeDay(@PathParam("code") String code, @NotNull ClosureBody body) {
        LocalDate day = QueryParams.date("day", body.day(), null);
        if (day == null || body.label() == null) {
            throw new BusinessRuleException("calendar.closure.day");
        }
        return CalendarDto.of(configuration.closeDay(code, day, body.label()));
    }

    @DELETE
    @Path("calendars/{code}/closures/{day}")
    public CalendarDto reopenDay(@PathParam("code") String code, @PathParam("day") String day) {
        LocalDate closed = QueryParams.date("day", day, null);
        if (closed == null) {
            throw new BusinessRuleException("calendar.closure.day");
        }
        return CalendarDto.of(configuration.reopenDay(code, closed));
    }

    public record ClosureBody(String day, String label) {
    }

    public record CalendarDto(String code, String name, boolean alwaysOpen, List<ClosedDayDto> closures) {
        static CalendarDto of(CalendarDefinition c) {
            return new CalendarDto(c.getCode(), c.getName(), c.isAlwaysOpen(), c.getClosures().entrySet().stream()
                    .map(e -> new ClosedDayDto(e.getKey(), e.getValue())).toList());
        }
    }

    public record ClosedDayDto(LocalDate day, String label) {
    }

    public record CellDto(String impact, String urgency, String priority) {
        static CellDto of(SlaConfiguration.Cell cell) {
            return new CellDto(cell.impact().name().toLowerCase(Locale.ROOT), cell.urgency().name().toLowerCase(Locale.ROOT),
                    cell.priority().name());
        }

        SlaConfiguration.Cell cell() {
            Impact i = QueryParams.enumValue("impact", Impact.class, impact);
            Urgency u = QueryParams.enumValue("urgency", Urgency.class, urgency);
            Priority p = QueryParams.enumValue("priority", Priority.class, priority);
            if (i == null || u == null || p == null) {
                throw new BusinessRuleException("sla.matrix.cell");
            }
            return new SlaConfiguration.Cell(i, u, p);
        }
    }

    public record PolicyBody(Integer firstResponseMinutes, Integer resolutionMinutes, String calendar) {
    }

    public record PolicyDto(long id, String serviceLevel, String priority, String ticketType, int firstResponseMinutes,
                            int resolutionMinutes, String calendar) {
        static PolicyDto of(SlaPolicy p) {
            return new PolicyDto(p.getId(), p.getServiceLevel().name().toLowerCase(Locale.ROOT), p.getPriority(),
                    p.getTicketType().toLowerCase(Locale.ROOT), p.getFirstResponseMinutes(), p.getResolutionMinutes(), p.getCalendarCode());
        }
    }

    public record Due(String due) {
    }
}
