package fr.guichet.web.automation;

import fr.guichet.automation.AutomationRule;
import fr.guichet.automation.RuleActions;
import fr.guichet.automation.RuleConditions;
import fr.guichet.automation.RuleDraft;
import fr.guichet.automation.RuleTrigger;
import fr.guichet.identity.UserChoice;
import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import fr.guichet.ticket.Channel;
import fr.guichet.web.ticket.AssignmentChoices;
import java.io.Serializable;

/** The rule form of the rules page: when, in which order, on which tickets, what to do. */
public class RuleForm implements Serializable {

    private static final long serialVersionUID = 1L;

    private Long editedId;
    private String name;
    private RuleTrigger trigger = RuleTrigger.TICKET_CREATED;
    private Integer position = 10;
    private Integer delay;
    private Long memberId;
    private Long serviceId;
    private TicketType type;
    private Priority priority;
    private String words;
    private Channel channel;
    private String assignment;
    private Priority setPriority;
    private UserChoice watcher;
    private Long answerId;

    void fill(AutomationRule rule, UserChoice ruleWatcher) {
        editedId = rule.getId();
        name = rule.getName();
        trigger = rule.getTrigger();
        position = rule.getPosition();
        delay = rule.getDelay();
        RuleConditions when = rule.conditions();
        memberId = when.memberId();
        serviceId = when.serviceId();
        type = when.type();
        priority = when.priority();
        words = when.words();
        channel = when.channel();
        RuleActions then = rule.actions();
        assignment = then.groupId() == null ? null : then.groupId() + ":" + (then.assigneeId() == null ? "" : then.assigneeId());
        setPriority = then.priority();
        watcher = ruleWatcher;
        answerId = then.answerId();
    }

    RuleDraft draft() {
        boolean assigned = assignment != null && !assignment.isBlank();
        return new RuleDraft(name, trigger, position == null ? 0 : position, trigger.isTimed() ? delay : null,
                new RuleConditions(memberId, serviceId, type, priority, words, channel),
                trigger.isTimed() ? RuleActions.NONE : new RuleActions(assigned ? AssignmentChoices.groupOf(assignment) : null,
                        assigned ? AssignmentChoices.assigneeOf(assignment) : null, setPriority,
                        watcher == null ? null : watcher.id(), answerId));
    }

    Long editedId() {
        return editedId;
    }

    public boolean isEditing() {
        return editedId != null;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public RuleTrigger getTrigger() {
        return trigger;
    }

    public void setTrigger(RuleTrigger trigger) {
        this.trigger = trigger;
    }

    public Integer getPosition() {
        return position;
    }

    public void setPosition(Integer position) {
        this.position = position;
    }

    public Integer getDelay() {
        return delay;
    }

    public void setDelay(Integer delay) {
        this.delay = delay;
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

    public TicketType getType() {
        return type;
    }

    public void setType(TicketType type) {
        this.type = type;
    }

    public Priority getPriority() {
        return priority;
    }

    public void setPriority(Priority priority) {
        this.priority = priority;
    }

    public String getWords() {
        return words;
    }

    public void setWords(String words) {
        this.words = words;
    }

    public Channel getChannel() {
        return channel;
    }

    public void setChannel(Channel channel) {
        this.channel = channel;
    }

    public String getAssignment() {
        return assignment;
    }

    public void setAssignment(String assignment) {
        this.assignment = assignment;
    }

    public Priority getSetPriority() {
        return setPriority;
    }

    public void setSetPriority(Priority setPriority) {
        this.setPriority = setPriority;
    }

    public UserChoice getWatcher() {
        return watcher;
    }

    public void setWatcher(UserChoice watcher) {
        this.watcher = watcher;
    }

    public Long getAnswerId() {
        return answerId;
    }

    public void setAnswerId(Long answerId) {
        this.answerId = answerId;
    }
}
