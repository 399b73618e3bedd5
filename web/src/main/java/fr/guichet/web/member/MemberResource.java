package fr.guichet.web.member;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.member.CrisisContactDraft;
import fr.guichet.member.CrisisContacts;
import fr.guichet.member.CrisisRole;
import fr.guichet.member.Member;
import fr.guichet.member.MemberContact;
import fr.guichet.member.MemberDetails;
import fr.guichet.member.MemberKind;
import fr.guichet.member.MemberService;
import fr.guichet.sla.MemberCalendars;
import fr.guichet.sla.MemberClosure;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/** Members under {@code /api/v1/members}: a commune user sees only their own member. */
@Path("/v1/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    private MemberService members;

    @Inject
    private MemberCalendars calendars;

    @Inject
    private CrisisContacts crisisContacts;

    @GET
    public List<MemberDto> list() {
        return members.listVisible().stream().map(MemberDto::of).toList();
    }

    @GET
    @Path("{id}")
    public MemberDto get(@PathParam("id") long id) {
        return MemberDto.of(members.get(id));
    }

    @POST
    public Response create(MemberDetails details, @Context UriInfo uri) {
        Member created = members.create(details);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(MemberDto.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public MemberDto update(@PathParam("id") long id, MemberDetails details) {
        return MemberDto.of(members.update(id, details));
    }

    @PUT
    @Path("{id}/contact")
    public MemberDto updateContact(@PathParam("id") long id, MemberContact contact) {
        return MemberDto.of(members.updateContact(id, contact));
    }

    /** Who the member wants called in a crisis, in calling order: staff and the member's référent only. */
    @GET
    @Path("{id}/crisis-contacts")
    public CrisisContactsDto crisisContacts(@PathParam("id") long id) {
        return CrisisContactsDto.of(crisisContacts.of(id));
    }

    /** Replaces the whole list (its order is the calling order): the member's référent, or an administrator. */
    @PUT
    @Path("{id}/crisis-contacts")
    public CrisisContactsDto replaceCrisisContacts(@PathParam("id") long id, CrisisContactsBody body) {
        crisisContacts.checkEditable(id);
        List<CrisisContactDraft> drafts = body == null || body.contacts() == null ? null : body.contacts().stream()
                .map(c -> c == null ? null : c.draft()).toList();
        return CrisisContactsDto.of(crisisContacts.replace(id, drafts));
    }

    /** The member's calendar of a year: its department's public holidays and its own closed days. */
    @GET
    @Path("{id}/calendar")
    public CalendarDto calendar(@PathParam("id") long id, @QueryParam("year") Integer year) {
        MemberCalendars.Year found = calendars.year(id, year == null ? LocalDate.now(ZoneId.of("Europe/Paris")).getYear() : year);
        return new CalendarDto(found.memberId(), found.department(), found.holidays(),
                found.closures().stream().map(c -> new ClosureDto(c.getDay(), c.getReason())).toList());
    }

    @POST
    @Path("{id}/closures")
    public Response close(@PathParam("id") long id, @NotNull ClosureBody body) {
        LocalDate day = QueryParams.date("day", body.day(), null);
        if (day == null) {
            throw new BusinessRuleException("calendar.closure.day");
        }
        MemberClosure closure = calendars.close(id, day, body.reason());
        return Response.status(Response.Status.CREATED).entity(new ClosureDto(closure.getDay(), closure.getReason())).build();
    }

    @DELETE
    @Path("{id}/closures/{day}")
    public Response reopen(@PathParam("id") long id, @PathParam("day") String day) {
        LocalDate closed = QueryParams.date("day", day, null);
        if (closed == null) {
            throw new BusinessRuleException("calendar.closure.day");
        }
        calendars.reopen(id, closed);
        return Response.noContent().build();
    }

    public record CrisisContactsBody(List<CrisisContactBody> contacts) {
    }

    /** One contact as sent: the role by name, in any case ({@code dgs}, {@code elected_on_duty}). */
    public record CrisisContactBody(String role, String name, String phone, String email, Boolean decides, String availability) {

        CrisisContactDraft draft() {
            return new CrisisContactDraft(QueryParams.enumValue("role", CrisisRole.class, role), name, phone, email,
                    Boolean.TRUE.equals(decides), availability);
        }
    }

    public record CrisisContactDto(String role, String name, String phone, String email, boolean decides, String availability) {

        static CrisisContactDto of(CrisisContactDraft c) {
            return new CrisisContactDto(c.role().name().toLowerCase(Locale.ROOT), c.name(), c.phone(), c.email(), c.decides(),
                    c.availability());
        }
    }

    public record CrisisContactsDto(long memberId, String memberName, boolean editable, boolean hasDecider,
                                    List<CrisisContactDto> contacts) {

        static CrisisContactsDto of(CrisisContacts.Sheet sheet) {
            return new CrisisContactsDto(sheet.memberId(), sheet.memberName(), sheet.editable(), sheet.hasDecider(),
                    sheet.contacts().stream().map(CrisisContactDto::of).toList());
        }
    }

    public record ClosureBody(String day, String reason) {
    }

    public record ClosureDto(LocalDate day, String reason) {
    }

    public record CalendarDto(long memberId, String department, List<LocalDate> holidays, List<ClosureDto> closures) {
    }

    public record MemberDto(long id, String slug, String name, MemberKind kind, String inseeCode, int population,
                            LocalDate memberSince, LocalDate memberUntil, boolean active, String contactEmail,
                            String contactPhone) {

        static MemberDto of(Member m) {
            return new MemberDto(m.getId(), m.getSlug(), m.getName(), m.getKind(), m.getInseeCode(), m.getPopulation(),
                    m.getMemberSince(), m.getMemberUntil(), m.isActive(), m.getContactEmail(), m.getContactPhone());
        }
    }
}
