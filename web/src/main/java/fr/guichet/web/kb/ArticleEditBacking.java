package fr.guichet.web.kb;

import fr.guichet.catalog.CatalogService;
import fr.guichet.kb.Article;
import fr.guichet.kb.ArticleDraft;
import fr.guichet.kb.KnowledgeService;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;

/** kb/edit.xhtml: writes or reviews an article, possibly starting from a resolved ticket. */
@Named
@ViewScoped
public class ArticleEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    @Inject
    private CatalogService catalog;

    private Long id;
    private Long fromTicket;
    private String title;
    private String body;
    private String tags;
    private boolean publicArticle;
    private List<Long> serviceIds = new ArrayList<>();
    private List<SelectItem> services;

    public void load() {
        if (id != null) {
            Article article = knowledge.get(id);
            fill(new ArticleDraft(article.getTitle(), article.getBody(), article.getTags(), article.isPublicArticle(),
                    article.getServiceIds()));
        } else if (fromTicket != null) {
            fill(knowledge.draftFromTicket(fromTicket));
        }
        services = catalog.serviceChoices().stream().map(s -> new SelectItem(s[0], (String) s[1])).toList();
    }

    private void fill(ArticleDraft draft) {
        title = draft.title();
        body = draft.body();
        tags = draft.tags();
        publicArticle = draft.publicArticle();
        serviceIds = new ArrayList<>(draft.serviceIds());
    }

    public String save() {
        ArticleDraft draft = new ArticleDraft(title, body, tags, publicArticle, new HashSet<>(serviceIds));
        try {
            Article saved = id == null ? knowledge.create(draft, fromTicket) : knowledge.update(id, draft);
            FacesMessages.info("kb.saved");
            FacesMessages.keepForRedirect();
            return "/kb/view?faces-redirect=true&id=" + saved.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    public List<SelectItem> getServices() {
        return services;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public Long getFromTicket() {
        return fromTicket;
    }

    public void setFromTicket(Long fromTicket) {
        this.fromTicket = fromTicket;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public String getTags() {
        return tags;
    }

    public void setTags(String tags) {
        this.tags = tags;
    }

    public boolean isPublicArticle() {
        return publicArticle;
    }

    public void setPublicArticle(boolean publicArticle) {
        this.publicArticle = publicArticle;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }
}
