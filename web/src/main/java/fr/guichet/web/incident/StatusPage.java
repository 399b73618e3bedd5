package fr.guichet.web.incident;

import fr.guichet.common.PageRequest;
import fr.guichet.incident.IncidentStatus;
import fr.guichet.incident.MajorIncident;
import fr.guichet.incident.MajorIncidents;
import fr.guichet.incident.StatusBoard;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/**
 * The status pages: public/status.xhtml shows the board to anyone; incident/status.xhtml adds the open incidents
 * the logged-in user may read.
 */
@Named
@RequestScoped
public class StatusPage {

    /** More open major incidents than this at once would be a disaster of its own; the list page pages them all. */
    private static final int OPEN_SHOWN = 50;

    @Inject
    private StatusBoard board;

    @Inject
    private MajorIncidents incidents;

    private List<StatusBoard.Line> lines;
    private List<MajorIncident> openIncidents;
    private List<StatusBoard.Planned> calendar;

    public List<StatusBoard.Line> getLines() {
        if (lines == null) {
            lines = board.lines();
        }
        return lines;
    }

    /** Planned interruptions under way or to come (the summary is shown to logged-in readers only). */
    public List<StatusBoard.Planned> getCalendar() {
        if (calendar == null) {
            calendar = board.calendar();
        }
        return calendar;
    }

    public List<MajorIncident> getOpenIncidents() {
        if (openIncidents == null) {
            openIncidents = incidents.page(IncidentStatus.OPEN, new PageRequest(0, OPEN_SHOWN)).items();
        }
        return openIncidents;
    }
}
