package fr.guichet.web.kb;

import fr.guichet.common.PageRequest;
import fr.guichet.kb.Article;
import fr.guichet.kb.ArticleDraft;
import fr.guichet.kb.ArticleRow;
import fr.guichet.kb.KnowledgeService;
import fr.guichet.web.api.PageDto;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/** The knowledge base under {@code /api/v1/kb/articles}: public articles for everyone, internal ones for staff. */
@Path("/v1/kb/articles")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KnowledgeResource {

    @Inject
    private KnowledgeService knowledge;

    @GET
    public PageDto<ArticleRow> search(@QueryParam("q") String text, @QueryParam("page") @DefaultValue("0") int page,
                                      @QueryParam("size") @DefaultValue("20") int size) {
        return PageDto.of(knowledge.search(text, new PageRequest(page, size)), row -> row);
    }

    /** Public articles that match a ticket subject being typed. */
    @GET
    @Path("suggestions")
    public List<ArticleRow> suggestions(@QueryParam("subject") String subject) {
        return knowledge.suggest(subject);
    }

    @GET
    @Path("{id}")
    public ArticleDto get(@PathParam("id") long id) {
        return ArticleDto.of(knowledge.get(id));
    }

    @POST
    public Response create(@NotNull ArticleBody body, @Context UriInfo uri) {
        Article created = knowledge.create(body.draft(), body.sourceTicketId());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build())
                .entity(ArticleDto.of(created)).build();
    }

    @PUT
    @Path("{id}")
    public ArticleDto update(@PathParam("id") long id, @NotNull ArticleBody body) {
        return ArticleDto.of(knowledge.update(id, body.draft()));
    }

    public record ArticleBody(String title, String body, String tags, Boolean publicArticle, Set<Long> serviceIds,
                              Long sourceTicketId) {
        ArticleDraft draft() {
            return new ArticleDraft(title, body, tags, Boolean.TRUE.equals(publicArticle), serviceIds);
        }
    }

    public record ArticleDto(long id, String title, String body, String tags, boolean publicArticle, long authorId,
                             LocalDate lastReviewedOn, Long sourceTicketId, Instant updatedAt, List<Long> serviceIds) {
        static ArticleDto of(Article a) {
            return new ArticleDto(a.getId(), a.getTitle(), a.getBody(), a.getTags(), a.isPublicArticle(), a.getAuthorId(),
                    a.getLastReviewedOn(), a.getSourceTicketId(), a.getUpdatedAt(), a.getServiceIds().stream().sorted().toList());
        }
    }
}
