package fr.guichet.web.member;

import fr.guichet.member.Member;
import fr.guichet.member.MemberContact;
import fr.guichet.member.MemberDetails;
import fr.guichet.member.MemberKind;
import fr.guichet.member.MemberService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;

/** Members under {@code /api/v1/members}: a commune user sees only their own member. */
@Path("/v1/members")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MemberResource {

    @Inject
    private MemberService members;

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

    public record MemberDto(long id, String slug, String name, MemberKind kind, String inseeCode, int population,
                            LocalDate memberSince, LocalDate memberUntil, boolean active, String contactEmail,
                            String contactPhone) {

        static MemberDto of(Member m) {
            return new MemberDto(m.getId(), m.getSlug(), m.getName(), m.getKind(), m.getInseeCode(), m.getPopulation(),
                    m.getMemberSince(), m.getMemberUntil(), m.isActive(), m.getContactEmail(), m.getContactPhone());
        }
    }
}
