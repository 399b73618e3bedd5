package fr.guichet.web.automation;

import fr.guichet.answer.CannedAnswer;
import fr.guichet.answer.CannedAnswers;
import fr.guichet.automation.AutomationRule;
import fr.guichet.automation.AutomationRules;
import fr.guichet.automation.RuleActions;
import fr.guichet.automation.RuleConditions;
import fr.guichet.automation.RuleTrigger;
import fr.guichet.automation.TimedRules;
import fr.guichet.catalog.CatalogService;
import fr.guichet.identity.PeoplePicker;
import fr.guichet.identity.UserChoice;
import fr.guichet.member.MemberDirectory;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.ticket.AssignmentChoices;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * helpdesk/rules.xhtml: managers write automation rules (when, on which tickets, what to do), turn them on and
 * off, run the timed ones at once, and read what the rules did today.
 */
@Named("rulesPage")
@ViewScoped
public class RulesBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private AutomationRules rules;

    @Inject
    private TimedRules timed;

    @Inject
    private CannedAnswers answers;

    @Inject
    private MemberDirectory members;

    @Inject
    private PeoplePicker people;

    @Inject
    private AssignmentChoices assignments;

    @Inject
    private CatalogService catalog;

    private List<AutomationRule> rows;
    private List<AutomationRules.RunLine> runs;
    private List<MemberDirectory.Facts> memberList;
    private List<CannedAnswer> answerList;
    private Map<Long, String> serviceNames;
    private RuleForm form = new RuleForm();

    @PostConstruct
    void init() {
        memberList = members.all();
        answerList = answers.list(null, false);
        serviceNames = catalog.serviceChoices().stream().collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
        reload();
    }

    private void reload() {
        rows = rules.list();
        runs = rules.runs(LocalDate.now(ZoneId.of("Europe/Paris")), 50);
    }

    public void edit(long id) {
        AutomationRule rule = rules.get(id);
        Long watcherId = rule.actions().watcherId();
        form = new RuleForm();
        form.fill(rule, watcherId == null ? null : people.communeUser(watcherId));
    }

    public void startNew() {
        form = new RuleForm();
    }

    /** Saves the form; a refusal keeps what was typed. */
    public void save() {
        try {
            AutomationRule saved = form.isEditing() ? rules.update(form.editedId(), form.draft()) : rules.create(form.draft());
            FacesMessages.info("rules.saved", saved.getName());
            form = new RuleForm();
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void toggle(long id, boolean active) {
        try {
            AutomationRule changed = rules.setActive(id, active);
            FacesMessages.info(active ? "rules.activated" : "rules.deactivated", changed.getName());
            reload();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void runTimedNow() {
        int acted = timed.runAll(Instant.now());
        FacesMessages.info("rules.timedRun", acted);
        reload();
    }

    /** Commune users for the "add a watcher" action: of the rule's member when it names one. */
    public List<UserChoice> completeWatcher(String text) {
        return people.communeUsers(text == null ? "" : text, form.getMemberId());
    }

    public String memberName(Long id) {
        return id == null ? null : memberList.stream().filter(m -> m.id() == id).map(MemberDirectory.Facts::name).findFirst().orElse(null);
    }

    public String answerTitle(Long id) {
        return id == null ? null : answerList.stream().filter(a -> a.getId().equals(id)).map(CannedAnswer::getTitle).findFirst().orElse(null);
    }

    /** The rule's conditions as people read them ("Corbas ; incident ; mots : imprimante"), or "tous les tickets". */
    public String conditionsOf(AutomationRule rule) {
        RuleConditions when = rule.conditions();
        List<String> parts = new ArrayList<>();
        add(parts, memberName(when.memberId()));
        add(parts, when.serviceId() == null ? null : serviceNames.getOrDefault(when.serviceId(), String.valueOf(when.serviceId())));
        add(parts, when.type() == null ? null : text("ticket.type." + when.type()));
        add(parts, when.priority() == null ? null : when.priority().name());
        add(parts, when.words() == null ? null : text("rules.summary.words", when.words()));
        add(parts, when.channel() == null ? null : text("ticket.channel." + when.channel()));
        return parts.isEmpty() ? text("rules.summary.anyTicket") : String.join(" ; ", parts);
    }

    /** What the rule does, as people read it. */
    public String actionsOf(AutomationRule rule) {
        if (rule.getTrigger().isTimed()) {
            return text("rules.trigger." + rule.getTrigger() + ".does", rule.getDelay());
        }
        RuleActions then = rule.actions();
        List<String> parts = new ArrayList<>();
        add(parts, then.groupId() == null ? null : text("rules.summary.group", assignments.labelOf(then.groupId(), then.assigneeId())));
        add(parts, then.priority() == null ? null : text("rules.summary.priority", then.priority().name()));
        add(parts, then.watcherId() == null ? null : text("rules.summary.watcher", watcherName(then.watcherId())));
        add(parts, then.answerId() == null ? null : text("rules.summary.answer", answerTitle(then.answerId())));
        return String.join(" ; ", parts);
    }

    private String watcherName(long userId) {
        UserChoice watcher = people.communeUser(userId);
        return watcher == null ? String.valueOf(userId) : watcher.fullName();
    }

    private static void add(List<String> parts, String part) {
        if (part != null) {
            parts.add(part);
        }
    }

    private static String text(String key, Object... arguments) {
        return Texts.get(FacesMessages.pageLocale(), key, arguments);
    }

    public RuleTrigger[] getTriggers() {
        return RuleTrigger.values();
    }

    public List<AutomationRule> getRows() {
        return rows;
    }

    public List<AutomationRules.RunLine> getRuns() {
        return runs;
    }

    public List<MemberDirectory.Facts> getMembers() {
        return memberList;
    }

    public List<CannedAnswer> getAnswers() {
        return answerList;
    }

    public RuleForm getForm() {
        return form;
    }
}
