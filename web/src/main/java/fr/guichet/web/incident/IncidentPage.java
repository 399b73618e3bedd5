package fr.guichet.web.incident;

import fr.guichet.common.NotFoundException;
import fr.guichet.incident.IncidentPost;
import fr.guichet.incident.IncidentView;
import fr.guichet.incident.MajorIncidents;
import fr.guichet.incident.UpdateKind;
import fr.guichet.member.MemberDirectory;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * incident/view.xhtml: one major incident, its timeline and linked tickets. Technicians, managers and administrators
 * post updates and decisions, link the suggested tickets, adjust the members affected, resolve and review it.
 */
@Named
@ViewScoped
public class IncidentPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private MajorIncidents incidents;

    @Inject
    private MemberDirectory members;

    private Long id;
    private IncidentView view;
    private List<IncidentView.LinkedTicket> suggestions;
    private UpdateKind kind = UpdateKind.UPDATE;
    private String body;
    private boolean internal;
    private String decidedBy;
    private LocalDateTime decidedAt;
    private List<Long> memberIds = new ArrayList<>();
    private String resolution;
    private String cause;
    private String actions;

    public void load() {
        if (id == null) {
            throw new NotFoundException("major_incident", "");
        }
        refresh();
        memberIds = new ArrayList<>(view.incident().getAffectedMemberIds());
        cause = view.incident().getReviewCause();
        actions = view.incident().getReviewActions();
    }

    private void refresh() {
        view = incidents.view(id);
        suggestions = null;
    }

    public void post() {
        Instant decided = decidedAt == null ? null : decidedAt.atZone(PARIS).toInstant();
        if (attempt(() -> incidents.post(id, new IncidentPost(kind, body, internal, decidedBy, decided)), "incident.posted")) {
            body = null;
            internal = false;
            decidedBy = null;
            decidedAt = null;
            kind = UpdateKind.UPDATE;
        }
    }

    public void link(long ticketId) {
        attempt(() -> incidents.link(id, ticketId), "incident.linked");
        memberIds = new ArrayList<>(view.incident().getAffectedMemberIds());
    }

    public void unlink(long ticketId) {
        attempt(() -> incidents.unlink(id, ticketId), "incident.unlinked");
    }

    public void affect() {
        attempt(() -> incidents.affect(id, Set.copyOf(memberIds)), "incident.affected");
    }

    public void resolve() {
        if (attempt(() -> incidents.resolve(id, resolution), "incident.resolved")) {
            resolution = null;
        }
    }

    public void review() {
        attempt(() -> incidents.review(id, cause, actions), "incident.reviewed");
    }

    private boolean attempt(Runnable change, String doneKey) {
        try {
            change.run();
            refresh();
            FacesMessages.info(doneKey, view.incident().getReference());
            return true;
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return false;
        }
    }

    /** Open tickets of the incident's services not linked yet (read once per change, staff only). */
    public List<IncidentView.LinkedTicket> getSuggestions() {
        if (suggestions == null) {
            suggestions = view.manageable() && view.incident().isOpen() ? incidents.suggestions(id) : List.of();
        }
        return suggestions;
    }

    /** Every member by name, for staff to adjust those affected. */
    public List<Map.Entry<Long, String>> getMemberChoices() {
        return members.names().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
    }

    /** The kinds staff may post (the declaration and the end come by themselves). */
    public List<UpdateKind> getKinds() {
        return List.of(UpdateKind.UPDATE, UpdateKind.CUT_DECISION, UpdateKind.RESTORED);
    }

    public IncidentView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public UpdateKind getKind() {
        return kind;
    }

    public void setKind(UpdateKind kind) {
        this.kind = kind;
    }

    public String getBody() {
        return body;
    }

    public void setBody(String body) {
        this.body = body;
    }

    public boolean isInternal() {
        return internal;
    }

    public void setInternal(boolean internal) {
        this.internal = internal;
    }

    public String getDecidedBy() {
        return decidedBy;
    }

    public void setDecidedBy(String decidedBy) {
        this.decidedBy = decidedBy;
    }

    public LocalDateTime getDecidedAt() {
        return decidedAt;
    }

    public void setDecidedAt(LocalDateTime decidedAt) {
        this.decidedAt = decidedAt;
    }

    public List<Long> getMemberIds() {
        return memberIds;
    }

    public void setMemberIds(List<Long> memberIds) {
        this.memberIds = memberIds;
    }

    public String getResolution() {
        return resolution;
    }

    public void setResolution(String resolution) {
        this.resolution = resolution;
    }

    public String getCause() {
        return cause;
    }

    public void setCause(String cause) {
        this.cause = cause;
    }

    public String getActions() {
        return actions;
    }

    public void setActions(String actions) {
        this.actions = actions;
    }
}
