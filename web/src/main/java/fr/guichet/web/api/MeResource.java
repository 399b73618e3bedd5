package fr.guichet.web.api;

import fr.guichet.identity.MailPreference;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserService;
import fr.guichet.member.Member;
import fr.guichet.member.MemberService;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;

/** {@code GET /api/v1/me}: who the API thinks the caller is. */
@Path("/v1/me")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MeResource {

    @Inject
    private Caller caller;

    @Inject
    private MemberService members;

    @Inject
    private UserService users;

    /** The caller's own language and mail preference: immediate, a daily digest at an hour (Paris), or none. */
    @PUT
    @Path("preferences")
    @Consumes(MediaType.APPLICATION_JSON)
    public PreferencesDto preferences(@NotNull PreferencesDto body) {
        MailPreference preference = QueryParams.enumValue("mailPreference", MailPreference.class, body.mailPreference());
        UserAccount me = users.changeOwnPreferences(body.locale() == null ? "fr" : body.locale(),
                preference == null ? MailPreference.IMMEDIATE : preference,
                body.digestHour() == null ? UserAccount.DEFAULT_DIGEST_HOUR : body.digestHour());
        return new PreferencesDto(me.getLocale(), me.getMailPreference().name().toLowerCase(java.util.Locale.ROOT), me.getDigestHour());
    }

    public record PreferencesDto(String locale, String mailPreference, Integer digestHour) {
    }

    @GET
    public Me me() {
        CallerIdentity identity = caller.required();
        MemberRef member = null;
        if (identity.memberId() != null) {
            Member own = members.get(identity.memberId());
            member = new MemberRef(own.getId(), own.getName(), own.getInseeCode());
        }
        return new Me(identity.userId(), identity.login(), identity.fullName(),
                identity.roles().stream().map(Role::groupName).sorted().toList(), member);
    }

    public record Me(long id, String login, String fullName, List<String> roles, MemberRef member) {
    }

    public record MemberRef(long id, String name, String inseeCode) {
    }
}
