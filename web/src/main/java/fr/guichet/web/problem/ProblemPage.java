package fr.guichet.web.problem;

import fr.guichet.common.NotFoundException;
import fr.guichet.common.PageRequest;
import fr.guichet.incident.MajorIncident;
import fr.guichet.incident.MajorIncidents;
import fr.guichet.problem.ProblemClosure;
import fr.guichet.problem.ProblemDraft;
import fr.guichet.problem.ProblemView;
import fr.guichet.problem.Problems;
import fr.guichet.ticket.TicketService;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.ShellBacking;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/**
 * problem/view.xhtml: one problem, its tickets and major incidents; technicians, managers and administrators write its
 * analysis, workaround and root cause, group tickets under it, publish the workaround and close it.
 */
@Named
@ViewScoped
public class ProblemPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private Problems problems;

    @Inject
    private TicketService tickets;

    @Inject
    private MajorIncidents incidents;

    @Inject
    private ShellBacking shell;

    private Long id;
    private ProblemView view;
    private String title;
    private Long serviceId;
    private String analysis;
    private String workaround;
    private String rootCause;
    private String ticketReference;
    private Long incidentId;
    private boolean publicArticle = true;
    private String publicNote;
    private boolean notify = true;
    private List<MajorIncident> incidentChoices;

    public void load() {
        if (id == null) {
            throw new NotFoundException("problem", "");
        }
        refresh();
    }

    private void refresh() {
        view = problems.view(id);
        ProblemDraft draft = view.problem().draft();
        title = draft.title();
        serviceId = draft.serviceId();
        analysis = draft.analysis();
        workaround = draft.workaround();
        rootCause = draft.rootCause();
    }

    public void save() {
        act(() -> problems.update(id, view.problem().getVersion(), new ProblemDraft(title, serviceId, analysis, workaround, rootCause)),
                "problem.saved");
    }

    public void linkTicket() {
        act(() -> problems.linkTicket(id, tickets.getByReference(ticketReference == null ? "" : ticketReference.strip()).getId()),
                "problem.ticket.linked");
        ticketReference = null;
    }

    public void unlinkTicket(long ticketId) {
        act(() -> problems.unlinkTicket(id, ticketId), "problem.ticket.unlinked");
    }

    public void linkIncident() {
        if (incidentId != null) {
            act(() -> problems.linkIncident(id, incidentId), "problem.incident.linked");
        }
    }

    public void publish() {
        act(() -> problems.publishWorkaround(id, publicArticle), "problem.published");
    }

    public void close() {
        act(() -> problems.close(id, new ProblemClosure(rootCause, publicNote, notify)), "problem.closed.done");
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            FacesMessages.info(doneKey, view.problem().getReference());
            refresh();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public boolean isEditable() {
        return shell.isWorker() && !view.problem().isClosed();
    }

    /** The newest major incidents, to group under the problem: read once per view, not at each evaluation. */
    public List<MajorIncident> getIncidentChoices() {
        if (incidentChoices == null) {
            incidentChoices = incidents.page(null, new PageRequest(0, 50)).items();
        }
        return incidentChoices;
    }


    public ProblemView getView() {
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

    public Long getServiceId() {
        return serviceId;
    }

    public void setServiceId(Long serviceId) {
        this.serviceId = serviceId;
    }

    public String getAnalysis() {
        return analysis;
    }

    public void setAnalysis(String analysis) {
        this.analysis = analysis;
    }

    public String getWorkaround() {
        return workaround;
    }

    public void setWorkaround(String workaround) {
        this.workaround = workaround;
    }

    public String getRootCause() {
        return rootCause;
    }

    public void setRootCause(String rootCause) {
        this.rootCause = rootCause;
    }

    public String getTicketReference() {
        return ticketReference;
    }

    public void setTicketReference(String ticketReference) {
        this.ticketReference = ticketReference;
    }

    public Long getIncidentId() {
        return incidentId;
    }

    public void setIncidentId(Long incidentId) {
        this.incidentId = incidentId;
    }

    public boolean isPublicArticle() {
        return publicArticle;
    }

    public void setPublicArticle(boolean publicArticle) {
        this.publicArticle = publicArticle;
    }

    public String getPublicNote() {
        return publicNote;
    }

    public void setPublicNote(String publicNote) {
        this.publicNote = publicNote;
    }

    public boolean isNotify() {
        return notify;
    }

    public void setNotify(boolean notify) {
        this.notify = notify;
    }
}
