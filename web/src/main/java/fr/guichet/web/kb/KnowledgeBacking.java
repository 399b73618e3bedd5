package fr.guichet.web.kb;

import fr.guichet.kb.ArticleRow;
import fr.guichet.kb.KnowledgeService;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** kb/list.xhtml: the knowledge base, searched in full text. */
@Named
@ViewScoped
public class KnowledgeBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private KnowledgeService knowledge;

    private String text;
    private PagedModel<ArticleRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> knowledge.search(text, page));
    }

    public PagedModel<ArticleRow> getModel() {
        return model;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }
}
