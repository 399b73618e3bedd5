package fr.guichet.web.change;

import fr.guichet.change.ChangeAction;
import fr.guichet.change.ChangeDraft;
import fr.guichet.change.ChangeRequest;
import fr.guichet.change.ChangeRisk;
import fr.guichet.change.ChangeStatus;
import fr.guichet.change.ChangeView;
import fr.guichet.change.Changes;
import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.cmdb.ItemSummary;
import fr.guichet.common.PageRequest;
import fr.guichet.member.MemberDirectory;
import fr.guichet.problem.Problem;
import fr.guichet.problem.Problems;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.ShellBacking;
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
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * change/view.xhtml: one change, its window, scope and plans, and the actions the reader may take (submit, approve,
 * start…); without {@code id}, a new change. It can be corrected until it is decided.
 */
@Named
@ViewScoped
public class ChangePage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    @Inject
    private Changes changes;

    @Inject
    private ShellBacking shell;

    @Inject
    private Problems problems;

    @Inject
    private ConfigurationItems inventory;

    @Inject
    private MemberDirectory members;

    private Long id;
    private ChangeView view;
    private String title;
    private String publicSummary;
    private String plan;
    private String backoutPlan;
    private ChangeRisk risk = ChangeRisk.LOW;
    private boolean interrupts = true;
    private LocalDateTime windowStart;
    private LocalDateTime windowEnd;
    private List<Long> serviceIds = new ArrayList<>();
    private Long problemId;
    private List<ItemSummary> items = new ArrayList<>();
    private ItemSummary itemToAdd;
    private Map<Long, String> memberNames;
    private List<Problem> problemChoices;
    private String note;

    public void load() {
        if (id != null && view == null) {
            refresh();
        }
    }

    private void refresh() {
        view = changes.view(id);
        ChangeDraft draft = view.change().draft();
        title = draft.title();
        publicSummary = draft.publicSummary();
        plan = draft.plan();
        backoutPlan = draft.backoutPlan();
        risk = draft.risk();
        interrupts = draft.interrupts();
        windowStart = LocalDateTime.ofInstant(draft.windowStart(), PARIS);
        windowEnd = LocalDateTime.ofInstant(draft.windowEnd(), PARIS);
        serviceIds = new ArrayList<>(draft.serviceIds());
        problemId = draft.problemId();
        items = new ArrayList<>(draft.itemIds().stream().map(inventory::summary).flatMap(Optional::stream).toList());
    }

    public String save() {
        try {
            ChangeDraft draft = new ChangeDraft(title, publicSummary, plan, backoutPlan, risk, interrupts, instant(windowStart),
                    instant(windowEnd), Set.copyOf(serviceIds), items.stream().map(ItemSummary::id)
                    .collect(Collectors.toSet()), problemId);
            ChangeRequest saved = view == null ? changes.create(draft) : changes.update(id, view.change().getVersion(), draft);
            FacesMessages.info("change.saved", saved.getReference());
            FacesMessages.keepForRedirect();
            return "/change/view?faces-redirect=true&id=" + saved.getId();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    public void act(ChangeAction action) {
        try {
            changes.act(id, action, note);
            FacesMessages.info("change.acted." + action, view.change().getReference());
            note = null;
            refresh();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    /** Staff who keep changes edit one until it is decided. */
    public boolean isEditable() {
        return shell.isWorker() && (view == null || view.change().getStatus() == ChangeStatus.DRAFT
                || view.change().getStatus() == ChangeStatus.SUBMITTED);
    }

    public boolean isNew() {
        return view == null;
    }

    private static Instant instant(LocalDateTime local) {
        return local == null ? null : local.atZone(PARIS).toInstant();
    }

    /** Items whose name starts with what was typed (the autocomplete asks after two letters). */
    public List<ItemSummary> completeItem(String text) {
        return inventory.search(text, 20);
    }

    /** The item just picked joins the change's scope (once). */
    public void addItem() {
        if (itemToAdd != null && items.stream().noneMatch(i -> i.id() == itemToAdd.id())) {
            items.add(itemToAdd);
        }
        itemToAdd = null;
    }

    public void removeItem(long itemId) {
        items.removeIf(i -> i.id() == itemId);
    }

    /** An item as the picker shows it: its name and its member's. */
    public String itemLabel(ItemSummary item) {
        if (memberNames == null) {
            memberNames = Map.copyOf(members.names());
        }
        return item == null ? "" : item.name() + " — " + memberNames.get(item.memberId());
    }


    /** The problems still worked on, newest first: a change may fix one. Read once per view. */
    public List<Problem> getProblemChoices() {
        if (problemChoices == null) {
            problemChoices = problems.page(null, new PageRequest(0, 100)).items().stream().filter(p -> !p.isClosed()).toList();
        }
        return problemChoices;
    }

    public ChangeRisk[] getRisks() {
        return ChangeRisk.values();
    }

    public ChangeView getView() {
        return view;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getTitle() {
        return title;
    }

    public void setTitle(String title) {
        this.title = title;
    }

    public String getPublicSummary() {
        return publicSummary;
    }

    public void setPublicSummary(String publicSummary) {
        this.publicSummary = publicSummary;
    }

    public String getPlan() {
        return plan;
    }

    public void setPlan(String plan) {
        this.plan = plan;
    }

    public String getBackoutPlan() {
        return backoutPlan;
    }

    public void setBackoutPlan(String backoutPlan) {
        this.backoutPlan = backoutPlan;
    }

    public ChangeRisk getRisk() {
        return risk;
    }

    public void setRisk(ChangeRisk risk) {
        this.risk = risk;
    }

    public boolean isInterrupts() {
        return interrupts;
    }

    public void setInterrupts(boolean interrupts) {
        this.interrupts = interrupts;
    }

    public LocalDateTime getWindowStart() {
        return windowStart;
    }

    public void setWindowStart(LocalDateTime windowStart) {
        this.windowStart = windowStart;
    }

    public LocalDateTime getWindowEnd() {
        return windowEnd;
    }

    public void setWindowEnd(LocalDateTime windowEnd) {
        this.windowEnd = windowEnd;
    }

    public List<Long> getServiceIds() {
        return serviceIds;
    }

    public void setServiceIds(List<Long> serviceIds) {
        this.serviceIds = serviceIds;
    }

    public List<ItemSummary> getItems() {
        return items;
    }

    public ItemSummary getItemToAdd() {
        return itemToAdd;
    }

    public void setItemToAdd(ItemSummary itemToAdd) {
        this.itemToAdd = itemToAdd;
    }

    public Long getProblemId() {
        return problemId;
    }

    public void setProblemId(Long problemId) {
        this.problemId = problemId;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }
}
