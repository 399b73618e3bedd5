package fr.guichet.web.identity;

import fr.guichet.common.PageRequest;
import fr.guichet.identity.NewUser;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserChanges;
import fr.guichet.identity.UserFilter;
import fr.guichet.identity.UserRow;
import fr.guichet.identity.UserService;
import fr.guichet.security.Role;
import fr.guichet.web.api.PageDto;
import fr.guichet.web.api.QueryParams;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.report.TableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
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
import java.util.List;
import java.util.Locale;

/** User accounts under {@code /api/v1/users}, with the same rules as the admin pages. */
@Path("/v1/users")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class UserResource {

    @Inject
    private ListExport exports;

    @Inject
    private UserService users;

    /** The same users as a CSV or ODS file, all of them (not a page), streamed. */
    @GET
    @Path("export")
    @Produces({TableExport.CSV_TYPE, TableExport.ODS_TYPE, MediaType.APPLICATION_JSON})
    public Response export(@QueryParam("format") String format, @QueryParam("q") String text, @QueryParam("memberId") Long memberId,
                           @QueryParam("role") String role, @QueryParam("active") Boolean active) {
        UserFilter filter = new UserFilter(text, memberId, QueryParams.enumValue("role", Role.class, role), active);
        // Read a first row here: a refusal (role, scope) answers as a problem, before the file starts.
        users.search(filter, new PageRequest(0, 1));
        return Downloads.fromApi("utilisateurs", Downloads.format(format), out -> exports.users(filter, out, Locale.FRENCH));
    }

    @GET
    public PageDto<UserDto> search(@QueryParam("q") String text, @QueryParam("memberId") Long memberId,
                                   @QueryParam("role") String role, @QueryParam("active") Boolean active,
                                   @QueryParam("page") @DefaultValue("0") int page,
                                   @QueryParam("size") @DefaultValue("20") int size) {
        Role wanted = QueryParams.enumValue("role", Role.class, role);
        return PageDto.of(users.search(new UserFilter(text, memberId, wanted, active), new PageRequest(page, size)),
                UserDto::of);
    }

    @GET
    @Path("{id}")
    public UserDto get(@PathParam("id") long id) {
        return dto(users.get(id));
    }

    @POST
    public Response create(NewUser request, @Context UriInfo uri) {
        UserAccount created = users.create(request);
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(dto(created)).build();
    }

    @PUT
    @Path("{id}")
    public UserDto update(@PathParam("id") long id, UserChanges changes) {
        return dto(users.update(id, changes));
    }

    @POST
    @Path("{id}/deactivation")
    public UserDto deactivate(@PathParam("id") long id) {
        return dto(users.deactivate(id));
    }

    @POST
    @Path("{id}/activation")
    public UserDto reactivate(@PathParam("id") long id) {
        return dto(users.reactivate(id));
    }

    @POST
    @Path("{id}/password")
    public UserDto resetPassword(@PathParam("id") long id, NewPassword body) {
        return dto(users.resetPassword(id, body == null ? null : body.password()));
    }

    @POST
    @Path("{id}/unlock")
    public UserDto unlock(@PathParam("id") long id) {
        return dto(users.unlock(id));
    }

    /** An account as the API shows it; {@code locked} says whether failed attempts slow its logins down now. */
    private UserDto dto(UserAccount user) {
        return UserDto.of(user, users.isLoginDelayed(user));
    }

    public record NewPassword(String password) {
    }

    public record UserDto(long id, String login, String fullName, String email, Long memberId, String memberName,
                          List<String> roles, boolean active, boolean locked) {

        static UserDto of(UserRow row) {
            return new UserDto(row.id(), row.login(), row.fullName(), row.email(), row.memberId(), row.memberName(),
                    row.roles().stream().map(Role::groupName).sorted().toList(), row.active(), row.isLoginDelayed());
        }

        static UserDto of(UserAccount user, boolean loginDelayed) {
            return new UserDto(user.getId(), user.getLogin(), user.getFullName(), user.getEmail(),
                    user.getMember() == null ? null : user.getMember().getId(),
                    user.getMember() == null ? null : user.getMember().getName(),
                    user.getRoles().stream().map(Role::groupName).sorted().toList(), user.isActive(), loginDelayed);
        }
    }
}
