package fr.guichet.web.demand;

import fr.guichet.catalog.CatalogService;
import fr.guichet.demand.Demand;
import fr.guichet.demand.DemandAction;
import fr.guichet.demand.DemandAttachment;
import fr.guichet.demand.DemandComment;
import fr.guichet.demand.DemandDecision;
import fr.guichet.demand.DemandEvent;
import fr.guichet.demand.DemandService;
import fr.guichet.demand.DemandStateMachine;
import fr.guichet.demand.ScoreMarks;
import fr.guichet.demand.Supporter;
import fr.guichet.identity.UserNames;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.faces.context.FacesContext;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
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
    private Integer riskReduction = 0;
    private Integer inclusion = 0;
    private Integer sovereignty = 0;
    private BigDecimal effortDays;
    private BigDecimal costEuros = BigDecimal.ZERO;
    private Integer overrideRank;
    private String overrideReason;
    private String actionText;
    private String quarter;
    private Long deliveredServiceId;
    private String mergeInto;
    private LocalDate decidedOn = LocalDate.now();
    private DemandDecision.Body decisionBody = DemandDecision.Body.COMITE_SYNDICAL;
    private DemandDecision.Outcome decisionOutcome = DemandDecision.Outcome.APPROVED;
    private String decisionText;
    private List<DemandAttachment> files;
    private transient Part upload;

    public void load() {
        if (ref != null && !ref.isBlank()) {
            id = demands.idOf(ref);
        }
        refresh();
        if (demand.marks() != null) {
            ScoreMarks marks = demand.marks();
            riskReduction = marks.riskReduction();
            inclusion = marks.inclusion();
            sovereignty = marks.sovereignty();
            effortDays = marks.effortDays();
            costEuros = BigDecimal.valueOf(marks.costCents()).movePointLeft(2);
        }
        overrideRank = demand.getRankOverride();
        overrideReason = demand.getOverrideReason();
        quarter = demand.getTargetQuarter();
    }

    private void refresh() {
        demand = demands.get(id);
        explanation = ScoreExplanation.of(demands.breakdown(id), FacesContext.getCurrentInstance().getViewRoot().getLocale());
        supporters = demands.supporters(id);
        comments = demands.comments(id);
        names = userNames.of(comments.stream().map(DemandComment::getAuthorId).toList());
        history = demands.history(id);
        decisions = demands.decisions(id);
        supportedByMyMember = demands.supportedByMyMember(id);
        files = demands.attachments(id);
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
        perform(() -> demands.score(id, new ScoreMarks(riskReduction, inclusion, sovereignty, effortDays,
                costEuros == null ? null : costEuros.movePointRight(2).longValue())), "demand.view.scored");
    }

    public void overrideRank() {
        perform(() -> demands.overrideRank(id, overrideRank, overrideReason), "demand.view.ranked");
    }

    public void act(String action) {
        perform(() -> {
            DemandService.Transition done = demands.act(List.of(id), DemandAction.valueOf(action), actionText, quarter,
                    deliveredServiceId);
            if (done.overCapacity() != null) {
                FacesMessages.warn("demand.plan.overCapacity", done.overCapacity().code(), done.overCapacity().plannedDays(),
                        done.overCapacity().capacityDays());
            }
            return done;
        }, "demand.view.done");
    }

    public void merge() {
        perform(() -> demands.merge(id, demands.idOf(mergeInto == null ? "" : mergeInto.strip())), "demand.view.merged");
    }

    public void decide() {
        perform(() -> demands.decide(id, decidedOn, decisionBody, decisionOutcome, decisionText), "demand.view.decided");
    }

    public void attach() {
        if (upload == null || upload.getSize() == 0) {
            FacesMessages.error("ticket.view.noFile");
            return;
        }
        perform(() -> demands.attach(id, upload.getSubmittedFileName(), Files.read(upload)), "ticket.view.attached");
    }

    public StreamedContent download(long attachmentId) {
        return Files.streamed(demands.download(id, attachmentId));
    }

    /** Users of the submitting member and managers add files while the demand is open. */
    public boolean isCanAttach() {
        return demand.getState().isOpen() && (isManager() || demand.getMemberId().equals(caller.required().memberId()));
    }

    public List<DemandAttachment> getFiles() {
        return files;
    }

    public Part getUpload() {
        return upload;
    }

    public void setUpload(Part upload) {
        this.upload = upload;
    }

    private void perform(Supplier<?> action, String doneKey) {
        try {
            action.get();
            comment = null;
            actionText = null;
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
        return demands.roadmap().stream().map(q -> q.code()).toList();
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

    public Integer getRiskReduction() {
        return riskReduction;
    }

    public void setRiskReduction(Integer riskReduction) {
        this.riskReduction = riskReduction;
    }

    public Integer getInclusion() {
        return inclusion;
    }

    public void setInclusion(Integer inclusion) {
        this.inclusion = inclusion;
    }

    public Integer getSovereignty() {
        return sovereignty;
    }

    public void setSovereignty(Integer sovereignty) {
        this.sovereignty = sovereignty;
    }

    public BigDecimal getEffortDays() {
        return effortDays;
    }

    public void setEffortDays(BigDecimal effortDays) {
        this.effortDays = effortDays;
    }

    public BigDecimal getCostEuros() {
        return costEuros;
    }

    public void setCostEuros(BigDecimal costEuros) {
        this.costEuros = costEuros;
    }

    public Integer getOverrideRank() {
        return overrideRank;
    }

    public void setOverrideRank(Integer overrideRank) {
        this.overrideRank = overrideRank;
    }

    public String getOverrideReason() {
        return overrideReason;
    }

    public void setOverrideReason(String overrideReason) {
        this.overrideReason = overrideReason;
    }

    public String getActionText() {
        return actionText;
    }

    public void setActionText(String actionText) {
        this.actionText = actionText;
    }

    public String getQuarter() {
        return quarter;
    }

    public void setQuarter(String quarter) {
        this.quarter = quarter;
    }

    public Long getDeliveredServiceId() {
        return deliveredServiceId;
    }

    public void setDeliveredServiceId(Long deliveredServiceId) {
        this.deliveredServiceId = deliveredServiceId;
    }

    public String getMergeInto() {
        return mergeInto;
    }

    public void setMergeInto(String mergeInto) {
        this.mergeInto = mergeInto;
    }

    public LocalDate getDecidedOn() {
        return decidedOn;
    }

    public void setDecidedOn(LocalDate decidedOn) {
        this.decidedOn = decidedOn;
    }

    public DemandDecision.Body getDecisionBody() {
        return decisionBody;
    }

    public void setDecisionBody(DemandDecision.Body decisionBody) {
        this.decisionBody = decisionBody;
    }

    public DemandDecision.Outcome getDecisionOutcome() {
        return decisionOutcome;
    }

    public void setDecisionOutcome(DemandDecision.Outcome decisionOutcome) {
        this.decisionOutcome = decisionOutcome;
    }

    public String getDecisionText() {
        return decisionText;
    }

    public void setDecisionText(String decisionText) {
        this.decisionText = decisionText;
    }
}
