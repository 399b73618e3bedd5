package fr.guichet.web.ticket;

import fr.guichet.catalog.CatalogService;
import fr.guichet.cmdb.ItemSummary;
import fr.guichet.incident.MajorIncidents;
import fr.guichet.problem.Problems;
import fr.guichet.security.Caller;
import fr.guichet.ticket.Channel;
import fr.guichet.ticket.RelatedTicket;
import fr.guichet.ticket.Ticket;
import fr.guichet.ticket.TicketAction;
import fr.guichet.ticket.TicketAttachments;
import fr.guichet.ticket.TicketComment;
import fr.guichet.ticket.TicketDetail;
import fr.guichet.ticket.TicketDetails;
import fr.guichet.ticket.TicketHistoryLine;
import fr.guichet.ticket.TicketService;
import fr.guichet.ticket.TicketStatus;
import fr.guichet.web.attachment.FilesCard;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.primefaces.model.StreamedContent;

/**
 * ticket/view.xhtml: one ticket with its timeline, and what the caller may do: comment, take, ask,
 * resolve, reopen, rate, attach files, follow it.
 */
@Named
@ViewScoped
public class TicketViewBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private TicketService tickets;

    @Inject
    private TicketDetails ticketDetails;

    @Inject
    private TicketAttachments attachments;

    @Inject
    private CatalogService catalog;

    @Inject
    private Caller caller;

    @Inject
    private MajorIncidents majorIncidents;

    @Inject
    private Problems problems;

    private Long id;
    private String ref;
    private Ticket ticket;
    private String serviceName;
    private Map<Long, String> names;
    private List<TimelineEntry> timeline;
    private List<TicketAction> actions;
    private List<RelatedTicket> links;
    private RelatedTicket mergedInto;
    private ItemSummary item;
    private boolean watching;
    /** The major incident the ticket is linked to (null when none), read on first use. */
    private MajorIncidents.Summary majorIncident;
    private boolean majorIncidentRead;
    private Problems.Summary problem;
    private boolean problemRead;
    private String reply;
    private String note;
    private String assignment;
    private Integer rating;
    private String ratingComment;
    private final FilesCard filesCard = new FilesCard();
    private final ClassificationForm classification = new ClassificationForm();

    public void load() {
        show(ref != null && !ref.isBlank() ? ticketDetails.ofReference(ref) : ticketDetails.of(id));
        id = ticket.getId();
        serviceName = ticket.getServiceId() == null ? null : catalog.get(ticket.getServiceId()).getName();
    }

    private void refresh() {
        show(ticketDetails.of(id));
    }

    private void show(TicketDetail detail) {
        ticket = detail.ticket();
        watching = detail.watching();
        names = detail.names();
        List<TimelineEntry> entries = new ArrayList<>();
        for (TicketComment c : detail.comments()) {
            entries.add(new TimelineEntry(c.getCreatedAt(), names.get(c.getAuthorId()), c.isInternal() ? "note" : "comment",
                    c.getBody(), null, c.getVia() == Channel.MAIL));
        }
        for (TicketHistoryLine e : detail.history()) {
            entries.add(new TimelineEntry(e.at(), e.actor(), e.kind().name().toLowerCase(Locale.ROOT),
                    e.detail(), e.to() == null ? null : e.to().name(), false));
        }
        entries.sort(Comparator.comparing(TimelineEntry::at));
        timeline = entries;
        filesCard.show(detail.attachments());
        actions = detail.actions();
        links = detail.links();
        mergedInto = detail.mergedInto();
        item = detail.item();
        classification.fill(ticket);
        assignment = ticket.getGroupId() + ":" + (ticket.getAssigneeId() == null ? "" : ticket.getAssigneeId());
    }

    /** A public message: to the requester from staff, to the technician from the commune. */
    public void comment() {
        perform(() -> tickets.comment(id, reply, false, Channel.WEB), "ticket.view.commented");
    }

    /** An internal note: only ever from the note box, so a note cannot be sent by the wrong button. */
    public void addNote() {
        perform(() -> tickets.comment(id, note, true, Channel.WEB), "ticket.view.noted");
    }

    /** A transition; only the actions that answer the other side take the reply box's text. */
    public void act(String action) {
        TicketAction chosen = TicketAction.valueOf(action);
        perform(() -> tickets.act(id, chosen, chosen.carriesAnswer() ? reply : null), "ticket.view.done");
    }

    public void takeIt() {
        perform(() -> tickets.assign(List.of(id), ticket.getGroupId(), caller.required().userId(), null), "ticket.view.taken");
    }

    public void assign() {
        perform(() -> tickets.assign(List.of(id), AssignmentChoices.groupOf(assignment), AssignmentChoices.assigneeOf(assignment),
                null), "ticket.view.assigned");
    }

    /** A correction of what the ticket is; a refusal keeps the form as typed. */
    public void reclassify() {
        try {
            tickets.reclassify(id, classification.classification(), classification.reason());
            FacesMessages.info("ticket.view.reclassified");
            refresh();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void rate() {
        perform(() -> tickets.rate(id, rating == null ? 0 : rating, ratingComment), "ticket.view.rated");
    }

    public void toggleWatch() {
        perform(() -> tickets.watch(id, !isWatching()), "ticket.view.watchChanged");
    }

    public void attach() {
        if (filesCard.hasUpload()) {
            perform(() -> attachments.attach(id, filesCard.uploadName(), filesCard.uploadContent()), "ticket.view.attached");
        }
    }

    public StreamedContent download(long attachmentId) {
        return Files.streamed(attachments.download(id, attachmentId));
    }

    /** Runs an action, tells its outcome, and shows the ticket as it now stands; a refusal keeps what was typed. */
    void perform(Supplier<?> action, String doneKey) {
        try {
            action.get();
            reply = null;
            note = null;
            FacesMessages.info(doneKey);
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
        refresh();
    }

    public MajorIncidents.Summary getMajorIncident() {
        if (!majorIncidentRead) {
            majorIncident = majorIncidents.ofTicket(ticket.getId()).orElse(null);
            majorIncidentRead = true;
        }
        return majorIncident;
    }

    /** The problem the ticket is grouped under: staff only, problems are internal. */
    public Problems.Summary getProblem() {
        if (!problemRead) {
            problem = caller.required().isStaff() ? problems.ofTicket(ticket.getId()).orElse(null) : null;
            problemRead = true;
        }
        return problem;
    }

    public boolean isWorker() {
        return TicketService.isWorker(caller.required());
    }

    /** The requester, or the référent of the ticket's member: they may add colleagues as followers. */
    public boolean isRequesterSide() {
        return TicketService.isRequesterSide(caller.required(), ticket);
    }

    public boolean isOpen() {
        return ticket.isOpen();
    }

    public boolean isMine() {
        return ticket.getAssigneeId() != null && ticket.getAssigneeId() == caller.required().userId();
    }

    public boolean isWatching() {
        return watching;
    }

    public boolean isRatable() {
        return ticket.getRequesterId() == caller.required().userId() && ticket.getRating() == null
                && (ticket.getStatus() == TicketStatus.RESOLVED || ticket.getStatus() == TicketStatus.CLOSED);
    }

    public String name(Long userId) {
        return userId == null ? null : names.get(userId);
    }

    public Ticket getTicket() {
        return ticket;
    }

    public String getServiceName() {
        return serviceName;
    }

    public List<TimelineEntry> getTimeline() {
        return timeline;
    }

    public List<RelatedTicket> getLinks() {
        return links;
    }

    /** The configuration item the ticket is about, if it names one. */
    public ItemSummary getItem() {
        return item;
    }

    public RelatedTicket getMergedInto() {
        return mergedInto;
    }

    /** Followers by name. */
    public List<Long> getWatcherIds() {
        return ticket.getWatcherIds().stream().sorted(Comparator.comparing(names::get, Comparator.nullsLast(Comparator.naturalOrder()))).toList();
    }

    public ClassificationForm getClassification() {
        return classification;
    }

    public FilesCard getFilesCard() {
        return filesCard;
    }

    /** Actions beside the reply box: they send its text (ask, resolve, reopen). */
    public List<TicketAction> getReplyActions() {
        return actions.stream().filter(TicketAction::carriesAnswer).toList();
    }

    /** Actions that take no text (start, close). */
    public List<TicketAction> getPlainActions() {
        return actions.stream().filter(action -> !action.carriesAnswer()).toList();
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

    public String getReply() {
        return reply;
    }

    public void setReply(String reply) {
        this.reply = reply;
    }

    public String getNote() {
        return note;
    }

    public void setNote(String note) {
        this.note = note;
    }

    public String getAssignment() {
        return assignment;
    }

    public void setAssignment(String assignment) {
        this.assignment = assignment;
    }

    public Integer getRating() {
        return rating;
    }

    public void setRating(Integer rating) {
        this.rating = rating;
    }

    public String getRatingComment() {
        return ratingComment;
    }

    public void setRatingComment(String ratingComment) {
        this.ratingComment = ratingComment;
    }


}
