package fr.guichet.web.demand;

import fr.guichet.catalog.CatalogService;
import fr.guichet.demand.Demand;
import fr.guichet.demand.DemandAction;
import fr.guichet.demand.DemandAttachments;
import fr.guichet.demand.DemandComment;
import fr.guichet.demand.DemandDecision;
import fr.guichet.demand.DemandEvent;
import fr.guichet.demand.DemandService;
import fr.guichet.demand.DemandStateMachine;
import fr.guichet.demand.Roadmap;
import fr.guichet.demand.ScoringService;
import fr.guichet.demand.Supporter;
import fr.guichet.identity.UserNames;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import fr.guichet.web.attachment.FilesCard;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;

/**
 * demand/view.xhtml: one demand, why it ranks where it does, who supports it, its discussion and
 * history; référents co-sign, managers score, rank, plan, merge and record decisions.
 */
@Named
@ViewScoped
public class DemandViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DemandService demands;

    @Inject
    private ScoringService scoring;

    @Inject
    private Roadmap roadmap;

    @Inject
    private DemandAttachments attachments;

    @Inject
    private CatalogService catalog;

    @Inject
    private UserNames userNames;

    @Inject
    private Caller caller;

    private Long id;
    private String ref;
    private Demand demand;
    private ScoreExplanation explanation;
    private List<Supporter> supporters;
    private List<DemandComment> comments;
    private Map<Long, String> names;
    private List<DemandEvent> history;
    private List<DemandDecision> decisions;
    private boolean supportedByMyMember;
    private List<String> serviceNames;
    private String comment;
    private String supportComment;
    private Integer expectedUsers;
    private final ScoreForm marks = new ScoreForm();
    private final TransitionForm transition = new TransitionForm();
    private final DecisionForm decision = new DecisionForm();
    private final FilesCard filesCard = new FilesCard();

    public void load() {
        if (ref != null && !ref.isBlank()) {
            id = demands.idOf(ref);
        }
        refresh();
        marks.fill(demand.marks());
        transition.setRank(demand.getRankOverride());
        transition.setRankReason(demand.getOverrideReason());
        transition.setQuarter(demand.getTargetQuarter());
    }

    private void refresh() {
        demand = demands.get(id);
        explanation = ScoreExplanation.of(scoring.breakdown(id), FacesMessages.pageLocale());
        supporters = demands.supporters(id);
        comments = demands.comments(id);
        names = userNames.of(comments.stream().map(DemandComment::getAuthorId).toList());
        history = demands.history(id);
        decisions = demands.decisions(id);
        supportedByMyMember = demands.supportedByMyMember(id);
        filesCard.show(attachments.list(id));
        serviceNames = demand.getServiceIds().stream().map(serviceId -> catalog.get(serviceId).getName()).sorted().toList();
    }

    public void support() {
        perform(() -> demands.support(id, supportComment, expectedUsers), "demand.view.supported");
    }

    public void withdraw() {
        perform(() -> demands.withdraw(id), "demand.view.withdrawn");
    }

    public void comment() {
        perform(() -> demands.comment(id, comment), "demand.view.commented");
    }

    public void score() {
        perform(() -> scoring.score(id, marks.marks()), "demand.view.scored");
    }

    public void overrideRank() {
        perform(() -> scoring.overrideRank(id, transition.getRank(), transition.getRankReason()), "demand.view.ranked");
    }

    public void act(String action) {
        perform(() -> {
            DemandService.Transition done = demands.act(List.of(id), DemandAction.valueOf(action), transition.getText(),
                    transition.getQuarter(), transition.getDeliveredServiceId());
            if (done.overCapacity() != null) {
                FacesMessages.warn("demand.plan.overCapacity", done.overCapacity().code(), done.overCapacity().plannedDays(),
                        done.overCapacity().capacityDays());
            }
            return done;
        }, "demand.view.done");
    }

    public void merge() {
        perform(() -> demands.merge(id, demands.idOf(transition.getMergeInto() == null ? "" : transition.getMergeInto().strip())), "demand.view.merged");
    }

    public void decide() {
        perform(() -> demands.decide(id, decision.getDecidedOn(), decision.getBody(), decision.getOutcome(), decision.getText()), "demand.view.decided");
    }

    public void attach() {
        if (filesCard.hasUpload()) {
            perform(() -> attachments.attach(id, filesCard.uploadName(), filesCard.uploadContent()), "ticket.view.attached");
        }
    }

    public StreamedContent download(long attachmentId) {
        return Files.streamed(attachments.download(id, attachmentId));
    }

    /** Users of the submitting member and managers add files while the demand is open. */
    public boolean isCanAttach() {
        return demand.getState().isOpen() && (isManager() || demand.getMemberId().equals(caller.required().memberId()));
    }

    public FilesCard getFilesCard() {
        return filesCard;
    }

    public ScoreForm getMarks() {
        return marks;
    }

    public TransitionForm getTransition() {
        return transition;
    }

    public DecisionForm getDecision() {
        return decision;
    }

    private void perform(Supplier<?> action, String doneKey) {
        try {
            action.get();
            comment = null;
            transition.setText(null);
            FacesMessages.info(doneKey);
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
        refresh();
    }

    public boolean isManager() {
        return caller.required().hasAnyRole(Role.MANAGER, Role.ADMIN);
    }

    public boolean isReferent() {
        return !caller.required().isStaff() && caller.required().hasAnyRole(Role.REFERENT);
    }

    public List<DemandAction> getActions() {
        return Arrays.stream(DemandAction.values()).filter(a -> DemandStateMachine.allows(demand.getState(), a)).toList();
    }

    public List<String> getQuarters() {
        return roadmap.quarters().stream().map(q -> q.code()).toList();
    }

    public List<SelectItem> getServices() {
        return catalog.serviceChoices().stream().map(s -> new SelectItem(s[0], (String) s[1])).toList();
    }

    public DemandDecision.Body[] getBodies() {
        return DemandDecision.Body.values();
    }

    public DemandDecision.Outcome[] getOutcomes() {
        return DemandDecision.Outcome.values();
    }

    public String name(Long userId) {
        return names.get(userId);
    }


    public Demand getDemand() {
        return demand;
    }

    public ScoreExplanation getExplanation() {
        return explanation;
    }

    public List<Supporter> getSupporters() {
        return supporters;
    }

    public List<DemandComment> getComments() {
        return comments;
    }

    public List<DemandEvent> getHistory() {
        return history;
    }

    public List<DemandDecision> getDecisions() {
        return decisions;
    }

    public boolean isSupportedByMyMember() {
        return supportedByMyMember;
    }

    /** The linked services, or a dash. */
    public String getServiceList() {
        return serviceNames.isEmpty() ? "—" : String.join(", ", serviceNames);
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getRef() {
        return ref;
    }

    public void setRef(String ref) {
        this.ref = ref;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }

    public String getSupportComment() {
        return supportComment;
    }

    public void setSupportComment(String supportComment) {
        this.supportComment = supportComment;
    }

    public Integer getExpectedUsers() {
        return expectedUsers;
    }

    public void setExpectedUsers(Integer expectedUsers) {
        this.expectedUsers = expectedUsers;
    }
}
