package fr.guichet.web.training;

import fr.guichet.training.Registration;
import fr.guichet.training.RegistrationRow;
import fr.guichet.training.SessionDraft;
import fr.guichet.training.SessionPlanning;
import fr.guichet.training.SessionView;
import fr.guichet.training.TrainingService;
import fr.guichet.training.TrainingSession;
import fr.guichet.web.api.QueryParams;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.ContentDisposition;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** Training sessions and registrations under {@code /api/v1/training}. */
@Path("/v1/training")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class TrainingResource {

    @Inject
    private TrainingService training;

    @Inject
    private SessionPlanning planning;

    @GET
    @Path("sessions")
    public List<SessionDto> sessions(@QueryParam("serviceId") long serviceId) {
        return training.sessions(serviceId).stream().map(SessionDto::of).toList();
    }

    @GET
    @Path("sessions/{id}/registrations")
    public List<RegistrationRow> registrations(@PathParam("id") long sessionId) {
        return training.registrations(sessionId);
    }

    @POST
    @Path("sessions/{id}/registrations")
    public Response register(@PathParam("id") long sessionId, NewRegistration body, @Context UriInfo uri) {
        Registration created = training.register(sessionId, body == null ? null : body.userId());
        return Response.created(uri.getBaseUriBuilder().path("v1/training/registrations/" + created.getId()).build())
                .entity(RegistrationDto.of(created)).build();
    }

    @DELETE
    @Path("registrations/{id}")
    public RegistrationDto cancel(@PathParam("id") long registrationId) {
        return RegistrationDto.of(training.cancel(registrationId));
    }

    @PUT
    @Path("registrations/{id}/attendance")
    public RegistrationDto attendance(@PathParam("id") long registrationId, Attendance body) {
        return RegistrationDto.of(training.markAttendance(registrationId, body != null && body.attended()));
    }

    /** Every session from a month ago on, of all training services, with seat counts (the syndicate's planning). */
    @GET
    @Path("sessions/planned")
    public List<SessionDto> planned() {
        return planning.planned().stream().map(SessionDto::of).toList();
    }

    @POST
    @Path("sessions")
    public Response create(@NotNull SessionBody body, @Context UriInfo uri) {
        TrainingSession created = planning.create(body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(SessionDto.of(new SessionView(created, 0, 0, created.isOpenForRegistration(Instant.now())))).build();
    }

    @PUT
    @Path("sessions/{id}")
    public SessionDto update(@PathParam("id") long id, @NotNull SessionBody body) {
        TrainingSession session = planning.update(id, body.draft());
        return SessionDto.of(new SessionView(session, 0, 0, session.isOpenForRegistration(Instant.now())));
    }

    /** Cancels the session and tells its registrants why. */
    @POST
    @Path("sessions/{id}/cancellation")
    public SessionDto cancel(@PathParam("id") long id, @NotNull CancellationBody body) {
        TrainingSession session = planning.cancel(id, body.reason() == null ? "" : body.reason());
        return SessionDto.of(new SessionView(session, 0, 0, false));
    }

    @GET
    @Path("sessions/{id}/attendance-sheet")
    @Produces({"application/pdf", MediaType.APPLICATION_JSON})
    public Response attendanceSheet(@PathParam("id") long id) {
        byte[] pdf = AttendanceSheetPdf.write(planning.attendanceSheet(id), key -> Texts.get(Locale.FRENCH, key), Locale.FRENCH);
        return Response.ok(pdf, "application/pdf")
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment("feuille-emargement-" + id + ".pdf")).build();
    }

    public record SessionBody(Long serviceId, String startsAt, String endsAt, BigDecimal durationDays, String place, String onlineLink,
                              Integer seats, String trainer) {
        SessionDraft draft() {
            return new SessionDraft(serviceId, QueryParams.instant("startsAt", startsAt), QueryParams.instant("endsAt", endsAt),
                    durationDays, place, onlineLink, seats == null ? 0 : seats, trainer);
        }
    }

    public record CancellationBody(String reason) {
    }

    public record NewRegistration(Long userId) {
    }

    public record Attendance(boolean attended) {
    }

    public record SessionDto(long id, long serviceId, Instant startsAt, Instant endsAt, BigDecimal durationDays,
                             String place, String onlineLink, String trainer, int seats, long confirmed, long waiting,
                             long seatsLeft, boolean cancelled, boolean open) {
        static SessionDto of(SessionView v) {
            var s = v.session();
            return new SessionDto(s.getId(), s.getServiceId(), s.getStartsAt(), s.getEndsAt(), s.getDurationDays(),
                    s.getPlace(), s.getOnlineLink(), s.getTrainer(), s.getSeats(), v.confirmed(), v.waiting(),
                    v.seatsLeft(), s.isCancelled(), v.open());
        }
    }

    public record RegistrationDto(long id, long sessionId, long userId, String status, Instant registeredAt, Boolean attended) {
        static RegistrationDto of(Registration r) {
            return new RegistrationDto(r.getId(), r.getSessionId(), r.getUserId(), r.getStatus().name(),
                    r.getRegisteredAt(), r.getAttended());
        }
    }
}
