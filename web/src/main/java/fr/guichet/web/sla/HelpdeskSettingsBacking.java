package fr.guichet.web.sla;

import fr.guichet.common.PageRequest;
import fr.guichet.identity.UserFilter;
import fr.guichet.identity.UserRow;
import fr.guichet.identity.UserService;
import fr.guichet.security.Role;
import fr.guichet.sla.CalendarDefinition;
import fr.guichet.sla.Impact;
import fr.guichet.sla.Priority;
import fr.guichet.sla.SlaConfiguration;
import fr.guichet.sla.SlaPolicy;
import fr.guichet.sla.Urgency;
import fr.guichet.ticket.GroupDraft;
import fr.guichet.ticket.SupportGroup;
import fr.guichet.ticket.SupportGroups;
import fr.guichet.ticket.TicketService;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * helpdesk/settings.xhtml: managers keep the support groups (manager, members), the priority matrix and the SLA
 * policies' targets. Each save is audited; new tickets follow at once.
 */
@Named("settingsPage")
@ViewScoped
public class HelpdeskSettingsBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    /** A policy row being edited. */
    public static final class PolicyRow implements Serializable {

        private static final long serialVersionUID = 1L;

        private final long id;
        private final String label;
        private int firstResponseMinutes;
        private int resolutionMinutes;
        private String calendar;

        PolicyRow(SlaPolicy policy, Locale locale) {
            id = policy.getId();
            label = Texts.get(locale, "level." + policy.getServiceLevel()) + " · " + policy.getPriority()
                    + (SlaPolicy.ANY_TYPE.equals(policy.getTicketType()) ? "" : " · " + Texts.get(locale, "ticket.type." + policy.getTicketType()));
            firstResponseMinutes = policy.getFirstResponseMinutes();
            resolutionMinutes = policy.getResolutionMinutes();
            calendar = policy.getCalendarCode();
        }

        public long getId() {
            return id;
        }

        public String getLabel() {
            return label;
        }

        public int getFirstResponseMinutes() {
            return firstResponseMinutes;
        }

        public void setFirstResponseMinutes(int firstResponseMinutes) {
            this.firstResponseMinutes = firstResponseMinutes;
        }

        public int getResolutionMinutes() {
            return resolutionMinutes;
        }

        public void setResolutionMinutes(int resolutionMinutes) {
            this.resolutionMinutes = resolutionMinutes;
        }

        public String getCalendar() {
            return calendar;
        }

        public void setCalendar(String calendar) {
            this.calendar = calendar;
        }
    }

    @Inject
    private SupportGroups groups;

    @Inject
    private TicketService tickets;

    @Inject
    private SlaConfiguration sla;

    @Inject
    private UserService users;

    private List<SupportGroup> groupList;
    private Map<Long, String> staffNames;
    /** Impact name → urgency name → priority name: what the page's selects bind to. */
    private Map<String, Map<String, String>> matrix;
    private List<String> calendars;
    private List<CalendarDefinition> calendarList;
    private String closureCalendar = "standard";
    private LocalDate closureDay;
    private String closureLabel;
    private List<PolicyRow> policies;
    private Long editedGroupId;
    private String groupCode;
    private String groupName;
    private Long groupManagerId;
    private List<Long> groupMemberIds = new ArrayList<>();

    @PostConstruct
    void init() {
        staffNames = new LinkedHashMap<>();
        for (Role role : List.of(Role.TECHNICIAN, Role.MANAGER, Role.ADMIN)) {
            for (UserRow user : users.search(new UserFilter(null, null, role, true), new PageRequest(0, PageRequest.MAX_SIZE)).items()) {
                if (user.memberId() == null) {
                    staffNames.put(user.id(), user.fullName());
                }
            }
        }
        reload();
    }

    private void reload() {
        groupList = tickets.groups();
        matrix = new LinkedHashMap<>();
        sla.matrix().forEach(cell -> matrix.computeIfAbsent(cell.impact().name(), i -> new LinkedHashMap<>())
                .put(cell.urgency().name(), cell.priority().name()));
        calendars = sla.calendarCodes();
        calendarList = sla.calendars().stream().filter(c -> !c.isAlwaysOpen()).toList();
        Locale locale = FacesMessages.pageLocale();
        policies = sla.policies().stream().map(policy -> new PolicyRow(policy, locale)).toList();
    }

    public void editGroup(long id) {
        SupportGroup group = groupList.stream().filter(g -> g.getId() == id).findFirst().orElseThrow();
        editedGroupId = id;
        groupCode = group.getCode();
        groupName = group.getName();
        groupManagerId = group.getManagerId();
        groupMemberIds = new ArrayList<>(group.getMemberIds());
    }

    public void newGroup() {
        editedGroupId = null;
        groupCode = null;
        groupName = null;
        groupManagerId = null;
        groupMemberIds = new ArrayList<>();
    }

    public void saveGroup() {
        try {
            GroupDraft draft = new GroupDraft(groupCode, groupName, groupManagerId, new HashSet<>(groupMemberIds));
            SupportGroup saved = editedGroupId == null ? groups.create(draft) : groups.update(editedGroupId, draft);
            FacesMessages.info("settings.group.saved", saved.getName());
            newGroup();
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void saveMatrix() {
        try {
            List<SlaConfiguration.Cell> cells = new ArrayList<>();
            matrix.forEach((impact, row) -> row.forEach((urgency, priority) -> cells.add(new SlaConfiguration.Cell(Impact.valueOf(impact),
                    Urgency.valueOf(urgency), Priority.valueOf(priority)))));
            sla.setMatrix(cells);
            FacesMessages.info("settings.matrix.saved");
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void savePolicy(PolicyRow row) {
        try {
            sla.updatePolicy(row.getId(), row.getFirstResponseMinutes(), row.getResolutionMinutes(), row.getCalendar());
            FacesMessages.info("settings.policy.saved", row.getLabel());
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void closeDay() {
        try {
            sla.closeDay(closureCalendar, closureDay, closureLabel == null ? "" : closureLabel);
            FacesMessages.info("settings.closure.added", closureDay);
            closureDay = null;
            closureLabel = null;
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void reopenDay(String code, LocalDate day) {
        try {
            sla.reopenDay(code, day);
            FacesMessages.info("settings.closure.removed", day);
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public List<CalendarDefinition> getCalendarList() {
        return calendarList;
    }

    public String getClosureCalendar() {
        return closureCalendar;
    }

    public void setClosureCalendar(String closureCalendar) {
        this.closureCalendar = closureCalendar;
    }

    public LocalDate getClosureDay() {
        return closureDay;
    }

    public void setClosureDay(LocalDate closureDay) {
        this.closureDay = closureDay;
    }

    public String getClosureLabel() {
        return closureLabel;
    }

    public void setClosureLabel(String closureLabel) {
        this.closureLabel = closureLabel;
    }

    public String staffName(Long id) {
        return id == null ? null : staffNames.getOrDefault(id, String.valueOf(id));
    }

    /** The group's members by name. */
    public String membersOf(SupportGroup group) {
        return group.getMemberIds().stream().map(this::staffName).sorted().collect(Collectors.joining(", "));
    }

    public Map<Long, String> getStaff() {
        return staffNames;
    }

    public List<SupportGroup> getGroups() {
        return groupList;
    }

    public Impact[] getImpacts() {
        return Impact.values();
    }

    public Urgency[] getUrgencies() {
        return Urgency.values();
    }

    public Priority[] getPriorities() {
        return Priority.values();
    }

    /** The matrix as rows of cells, for the page's selects. */
    public Map<String, Map<String, String>> getMatrix() {
        return matrix;
    }

    public List<PolicyRow> getPolicies() {
        return policies;
    }

    public List<String> getCalendars() {
        return calendars;
    }

    public boolean isEditingGroup() {
        return editedGroupId != null;
    }

    public String getGroupCode() {
        return groupCode;
    }

    public void setGroupCode(String groupCode) {
        this.groupCode = groupCode;
    }

    public String getGroupName() {
        return groupName;
    }

    public void setGroupName(String groupName) {
        this.groupName = groupName;
    }

    public Long getGroupManagerId() {
        return groupManagerId;
    }

    public void setGroupManagerId(Long groupManagerId) {
        this.groupManagerId = groupManagerId;
    }

    public List<Long> getGroupMemberIds() {
        return groupMemberIds;
    }

    public void setGroupMemberIds(List<Long> groupMemberIds) {
        this.groupMemberIds = groupMemberIds;
    }
}
