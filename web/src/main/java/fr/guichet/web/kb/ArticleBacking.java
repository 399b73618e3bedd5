package fr.guichet.web.kb;

import fr.guichet.catalog.CatalogService;
import fr.guichet.kb.Article;
import fr.guichet.kb.KnowledgeService;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** kb/view.xhtml: one article. */
@Named
@ViewScoped
public class ArticleBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private CatalogService catalog;

    private Long id;
    private Article article;
    private List<String> services;

    public void load() {
        article = knowledge.get(id);
        services = article.getServiceIds().stream().map(serviceId -> catalog.get(serviceId).getName()).sorted().toList();
    }

    public Article getArticle() {
        return article;
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
