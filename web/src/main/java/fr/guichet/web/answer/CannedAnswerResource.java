package fr.guichet.web.answer;

import fr.guichet.answer.CannedAnswer;
import fr.guichet.answer.CannedAnswerDraft;
import fr.guichet.answer.CannedAnswers;
import fr.guichet.common.BusinessRuleException;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import java.time.Instant;
import java.util.List;

/** Canned answers under {@code /api/v1/canned-answers}: managers keep them, technicians fill them for a ticket. */
@Path("/v1/canned-answers")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class CannedAnswerResource {

    @Inject
    private CannedAnswers answers;

    @GET
    public List<AnswerDto> list(@QueryParam("group") Long groupId, @QueryParam("retired") boolean retired) {
        return answers.list(groupId, retired).stream().map(AnswerDto::of).toList();
    }

    @GET
    @Path("{id}")
    public AnswerDto get(@PathParam("id") long id) {
        return AnswerDto.of(answers.get(id));
    }

    @POST
    public Response create(@NotNull AnswerBody body, @Context UriInfo uri) {
        CannedAnswer created = answers.create(body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(AnswerDto.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public AnswerDto update(@PathParam("id") long id, @NotNull AnswerBody body) {
        return AnswerDto.of(answers.update(id, body.draft()));
    }

    @PUT
    @Path("{id}/active")
    public AnswerDto setActive(@PathParam("id") long id, @NotNull ActiveBody body) {
        if (body.active() == null) {
            throw new BusinessRuleException("error.invalidValue", "active", "null");
        }
        return AnswerDto.of(answers.setActive(id, body.active()));
    }

    /** The answer's text filled for a ticket, to put in a reply; counts one use. */
    @POST
    @Path("{id}/fill")
    public FilledDto fill(@PathParam("id") long id, @NotNull FillBody body) {
        if (body.ticketId() == null) {
            throw new BusinessRuleException("error.invalidValue", "ticketId", "null");
        }
        return new FilledDto(answers.fillFor(id, body.ticketId()));
    }

    public record AnswerBody(Long groupId, String title, String body) {
        CannedAnswerDraft draft() {
            return new CannedAnswerDraft(groupId, title, body);
        }
    }

    public record ActiveBody(Boolean active) {
    }

    public record FillBody(Long ticketId) {
    }

    public record FilledDto(String text) {
    }

    public record AnswerDto(long id, long groupId, String title, String body, int usageCount, boolean active, Instant updatedAt) {
        static AnswerDto of(CannedAnswer a) {
            return new AnswerDto(a.getId(), a.getGroupId(), a.getTitle(), a.getBody(), a.getUsageCount(), a.isActive(), a.getUpdatedAt());
        }
    }
}
