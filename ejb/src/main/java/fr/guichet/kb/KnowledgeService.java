package fr.guichet.kb;

import fr.guichet.audit.AuditLog;
import fr.guichet.catalog.FullTextQuery;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.common.SqlValues;
import fr.guichet.common.StoredTexts;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketService;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The knowledge base. Commune users read public articles only; the syndicate's staff read all and
 * technicians, managers and administrators write them, also from a resolved ticket.
 */
@Stateless
public class KnowledgeService {

    static final String ENTITY = "kb_article";
    public static final int SUGGESTIONS = 5;
    private static final int EXCERPT = 220;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private TicketService tickets;

    @Inject
    private AuditLog audit;

    /** Articles matching the words typed (best first), or the latest ones when nothing is typed. */
    public Page<ArticleRow> search(String text, @NotNull PageRequest page) {
        boolean staff = caller.required().isStaff();
        String expression = FullTextQuery.of(text);
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (!staff) {
            where.append(" AND a.public_article = TRUE");
        }
        if (!expression.isEmpty()) {
            where.append(" AND MATCH (a.title, a.body, a.tags) AGAINST (? IN BOOLEAN MODE)");
            parameters.add(expression);
        }
        String order = expression.isEmpty() ? " ORDER BY a.updated_at DESC, a.id DESC"
                : " ORDER BY MATCH (a.title, a.body, a.tags) AGAINST (? IN BOOLEAN MODE) DESC, a.id";
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM kb_article a" + where);
        Query rows = em.createNativeQuery("SELECT a.id, a.title, LEFT(a.body, " + EXCERPT + "), a.public_article,"
                + " a.last_reviewed_on FROM kb_article a" + where + order + " LIMIT " + page.size() + " OFFSET " + page.offset());
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            rows.setParameter(i + 1, parameters.get(i));
        }
        if (!expression.isEmpty()) {
            rows.setParameter(parameters.size() + 1, expression);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<?> found = rows.getResultList();
        return new Page<>(found.stream().map(row -> toRow((Object[]) row)).toList(), total, page.page(), page.size());
    }

    /**
     * Public articles for a ticket being typed: any word of the subject may match (a subject is short and
     * worded freely), best matches first.
     */
    public List<ArticleRow> suggest(String subject) {
        caller.required();
        String words = FullTextQuery.anyOf(subject);
        if (words.isEmpty()) {
            return List.of();
        }
        List<?> found = em.createNativeQuery("SELECT a.id, a.title, LEFT(a.body, " + EXCERPT + "), a.public_article,"
                        + " a.last_reviewed_on FROM kb_article a WHERE a.public_article = TRUE"
                        + " AND MATCH (a.title, a.body, a.tags) AGAINST (? IN BOOLEAN MODE)"
                        + " ORDER BY MATCH (a.title, a.body, a.tags) AGAINST (? IN BOOLEAN MODE) DESC, a.id LIMIT " + SUGGESTIONS)
                .setParameter(1, words).setParameter(2, words).getResultList();
        return found.stream().map(row -> toRow((Object[]) row)).toList();
    }

    public Article get(long id) {
        Article article = em.find(Article.class, id);
        if (article == null || !article.isPublicArticle() && !caller.required().isStaff()) {
            throw new NotFoundException(ENTITY, id);
        }
        return article;
    }

    public Article create(@NotNull @Valid ArticleDraft draft, Long sourceTicketId) {
        CallerIdentity who = caller.requireAnyRole(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);
        if (sourceTicketId != null) {
            tickets.get(sourceTicketId);
        }
        Article article = new Article(draft, who.userId(), sourceTicketId, Instant.now());
        em.persist(article);
        em.flush();
        audit.record("CREATE", ENTITY, article.getId(), null, article.getTitle());
        return article;
    }

    public Article update(long id, @NotNull @Valid ArticleDraft draft) {
        caller.requireAnyRole(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);
        Article article = get(id);
        article.update(draft, Instant.now());
        audit.record("UPDATE", ENTITY, article.getId(), null, article.getTitle());
        return article;
    }

    /** A draft made from a resolved ticket: its subject, what was asked and how it was solved (internal until reviewed). */
    public ArticleDraft draftFromTicket(long ticketId) {
        caller.requireAnyRole(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN);
        Ticket ticket = tickets.get(ticketId);
        String body = StoredTexts.get("stored.kb.draft.fromTicket", ticket.getDescription(),
                ticket.getResolutionNote() == null ? "" : ticket.getResolutionNote());
        return new ArticleDraft(ticket.getSubject(), body, "", false,
                ticket.getServiceId() == null ? java.util.Set.of() : java.util.Set.of(ticket.getServiceId()));
    }

    private static ArticleRow toRow(Object[] r) {
        Object reviewed = r[4];
        LocalDate day = SqlValues.date(reviewed);
        boolean visible = SqlValues.truth(r[3]);
        return new ArticleRow(((Number) r[0]).longValue(), (String) r[1], (String) r[2], visible, day);
    }
}
