package fr.guichet.web.answer;

import fr.guichet.answer.AnswerTemplate;
import fr.guichet.answer.CannedAnswer;
import fr.guichet.answer.CannedAnswerDraft;
import fr.guichet.answer.CannedAnswers;
import fr.guichet.ticket.SupportGroup;
import fr.guichet.ticket.TicketService;
import fr.guichet.web.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** helpdesk/answers.xhtml: managers write, correct, retire and bring back the canned answers of each support group. */
@Named("answersPage")
@ViewScoped
public class CannedAnswersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CannedAnswers answers;

    @Inject
    private TicketService tickets;

    private List<CannedAnswer> rows;
    private List<SupportGroup> groups;
    private Map<Long, String> groupNames;
    private Long editedId;
    private Long groupId;
    private String title;
    private String body;

    @PostConstruct
    void init() {
        groups = tickets.groups();
        groupNames = groups.stream().collect(Collectors.toMap(SupportGroup::getId, SupportGroup::getName));
        reload();
    }

    private void reload() {
        rows = answers.list(null, true);
    }

    public void edit(long id) {
        CannedAnswer answer = answers.get(id);
        editedId = id;
        groupId = answer.getGroupId();
        title = answer.getTitle();
        body = answer.getBody();
    }

    public void startNew() {
        editedId = null;
        groupId = null;
        title = null;
        body = null;
    }

    /** Saves the form; a refusal keeps what was typed. */
    public void save() {
        try {
            CannedAnswerDraft draft = new CannedAnswerDraft(groupId, title, body);
            CannedAnswer saved = editedId == null ? answers.create(draft) : answers.update(editedId, draft);
            FacesMessages.info("answers.saved", saved.getTitle());
            startNew();
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void toggle(long id, boolean active) {
        try {
            CannedAnswer changed = answers.setActive(id, active);
            FacesMessages.info(active ? "answers.activated" : "answers.retired", changed.getTitle());
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public String groupName(long id) {
        return groupNames.get(id);
    }

    /** The variables a text may use, as people type them. */
    public String getVariables() {
        return AnswerTemplate.VARIABLES.stream().map(v -> "{" + v + "}").collect(Collectors.joining(", "));
    }

    public List<CannedAnswer> getRows() {
        return rows;
    }

    public List<SupportGroup> getGroups() {
        return groups;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
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
}
