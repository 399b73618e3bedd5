package fr.guichet.web.ticket;

import fr.guichet.catalog.CatalogService;
import fr.guichet.security.Caller;
import fr.guichet.sla.Priority;
import fr.guichet.ticket.TicketFilter;
import fr.guichet.ticket.TicketLists;
import fr.guichet.ticket.TicketRow;
import fr.guichet.ticket.TicketService;
import fr.guichet.ticket.TicketStatus;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.model.SelectItem;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * ticket/list.xhtml: "mes tickets" for an agent, the member's tickets for a référent, the queues for the
 * syndicate (by group, sorted by SLA due date, with bulk assignment).
 */
@Named
@ViewScoped
public class TicketsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListExport exports;

    /** The "status" filter: every open status, or one status. */
    public static final String OPEN = "OPEN";

    @Inject
    private TicketService tickets;

    @Inject
    private TicketLists lists;

    @Inject
    private Caller caller;

    @Inject
    private CatalogService catalog;

    private String status = OPEN;
    private Priority priority;
    private Long groupId;
    private Long memberId;
    private Long serviceId;
    private String assignee;
    private Boolean breached;
    private String text;
    private boolean mine;
    private TicketFilter.Sort sort;
    private List<TicketRow> selected = new ArrayList<>();
    private String bulkAssignment;
    private PagedModel<TicketRow> model;
    private List<SelectItem> services;

    @PostConstruct
    void init() {
        boolean staff = caller.required().isStaff();
        sort = staff ? TicketFilter.Sort.DUE : TicketFilter.Sort.CREATED;
        status = staff ? OPEN : null;
        model = new PagedModel<>(page -> lists.search(filter(), page), TicketRow::id);
    }

    private TicketFilter filter() {
        Set<TicketStatus> statuses = status == null || status.isBlank() ? Set.of()
                : OPEN.equals(status) ? TicketFilter.OPEN : Set.of(TicketStatus.valueOf(status));
        Long assigneeId = assignee == null || assignee.isBlank() ? null
                : "none".equals(assignee) ? TicketFilter.UNASSIGNED : Long.valueOf(assignee);
        return new TicketFilter(memberId, statuses, priority, groupId, assigneeId, serviceId, text, breached, mine, sort);
    }

    /** Hands the selected tickets to a group, or to one of its members. */
    /** The whole list with the filters shown, as a CSV or ODS file written straight into the response. */
    public void export(String format) {
        Downloads.fromPage("tickets", Downloads.format(format), out -> exports.tickets(filter(), out, FacesMessages.pageLocale()));
    }

    public void assignSelected() {
        if (selected == null || selected.isEmpty() || bulkAssignment == null || bulkAssignment.isBlank()) {
            FacesMessages.error("tickets.bulk.nothing");
            return;
        }
        try {
            int count = tickets.assign(selected.stream().map(TicketRow::id).toList(), AssignmentChoices.groupOf(bulkAssignment),
                    AssignmentChoices.assigneeOf(bulkAssignment), null).size();
            FacesMessages.info("tickets.bulk.done", count);
            selected = new ArrayList<>();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    /** Services for the staff's filter, read once per view. */
    public List<SelectItem> getServices() {
        if (services == null) {
            services = catalog.serviceChoices().stream().map(s -> new SelectItem(s[0], (String) s[1])).toList();
        }
        return services;
    }

    public PagedModel<TicketRow> getModel() {
        return model;
    }

    public TicketStatus[] getStatuses() {
        return TicketStatus.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    public TicketFilter.Sort[] getSorts() {
        return TicketFilter.Sort.values();
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = status;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public Long getGroupId() {
        return groupId;
    }

    public void setGroupId(Long groupId) {
        this.groupId = groupId;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getAssignee() {
        return assignee;
    }

    public void setAssignee(String assignee) {
        this.assignee = assignee;
    }

    public Boolean getBreached() {
        return breached;
    }

    public void setBreached(Boolean breached) {
        this.breached = breached;
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public boolean isMine() {
        return mine;
    }

    public void setMine(boolean mine) {
        this.mine = mine;
    }

    public TicketFilter.Sort getSort() {
        return sort;
    }

    public void setSort(TicketFilter.Sort sort) {
        this.sort = sort;
    }

    public List<TicketRow> getSelected() {
        return selected;
    }

    public void setSelected(List<TicketRow> selected) {
        this.selected = selected;
    }

    public String getBulkAssignment() {
        return bulkAssignment;
    }

    public void setBulkAssignment(String bulkAssignment) {
        this.bulkAssignment = bulkAssignment;
    }
}
