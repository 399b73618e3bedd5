package fr.guichet.web.kb;

import fr.guichet.catalog.CatalogService;
import fr.guichet.kb.Article;
import fr.guichet.kb.KnowledgeService;
import fr.guichet.problem.Problems;
import fr.guichet.web.shell.ShellBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** kb/view.xhtml: one article, and for staff the problem it is the workaround of. */
@Named
@ViewScoped
public class ArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private CatalogService catalog;

    @Inject
    private Problems problems;

    @Inject
    private ShellBacking shell;

    private Long id;
    private Article article;
    private List<String> services;
    private Problems.Summary problem;

    public void load() {
        article = knowledge.get(id);
        services = article.getServiceIds().stream().map(serviceId -> catalog.get(serviceId).getName()).sorted().toList();
        problem = shell.isStaff() ? problems.ofArticle(id).orElse(null) : null;
    }

    public Article getArticle() {
        return article;
    }

    /** The problem whose workaround this article publishes, for staff (problems are theirs only). */
    public Problems.Summary getProblem() {
        return problem;
    }

    public List<String> getServices() {
        return services;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }
}
