package fr.guichet.web.identity;

import fr.guichet.identity.ApiToken;
import fr.guichet.identity.ApiTokens;
import fr.guichet.web.api.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Instant;
import java.util.List;

/**
 * Personal API tokens under {@code /api/v1/tokens}: the caller's own (an administrator's: anyone's with
 * {@code ?userId=}); the secret comes once, in the creation's answer.
 */
@Path("/v1/tokens")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TokenResource {

    @Inject
    private ApiTokens tokens;

    @GET
    public List<TokenDto> list(@QueryParam("userId") Long userId) {
        Instant now = Instant.now();
        return tokens.of(userId).stream().map(t -> TokenDto.of(t, now)).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(NewTokenBody body) {
        ApiTokens.Created created = tokens.create(body == null ? null : body.name(),
                body == null ? null : QueryParams.date("expiresOn", body.expiresOn(), null));
        return Response.status(Response.Status.CREATED).entity(new CreatedDto(TokenDto.of(created.token(), Instant.now()), created.secret()))
                .build();
    }

    @DELETE
    @Path("{id}")
    public Response revoke(@PathParam("id") long id) {
        tokens.revoke(id);
        return Response.noContent().build();
    }

    public record NewTokenBody(String name, String expiresOn) {
    }

    public record TokenDto(long id, long userId, String name, String prefix, Instant createdAt, Instant expiresAt, Instant lastUsedAt,
                           Instant revokedAt, boolean active) {

        static TokenDto of(ApiToken t, Instant now) {
            return new TokenDto(t.getId(), t.getUserId(), t.getName(), t.getPrefix(), t.getCreatedAt(), t.getExpiresAt(), t.getLastUsedAt(),
                    t.getRevokedAt(), t.isActive(now));
        }
    }

    /** The only answer that holds the secret. */
    public record CreatedDto(TokenDto token, String secret) {
    }
}
