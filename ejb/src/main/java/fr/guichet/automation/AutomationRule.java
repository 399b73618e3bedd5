package fr.guichet.automation;

import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import fr.guichet.ticket.Channel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/**
 * An automation rule as managers keep it: when it is looked at, in which order, on which tickets and what it does.
 * Conditions and actions are columns (not a script): a rule reads like its form and cannot run arbitrary code.
 */
@Entity
@Table(name = "automation_rule")
public class AutomationRule implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "trigger_kind")
    private RuleTrigger trigger;

    private int position;

    private boolean active = true;

    /** Business days or hours of a timed rule. */
    @Column(name = "delay_amount")
    private Integer delay;

    @Column(name = "if_member_id")
    private Long ifMemberId;

    @Column(name = "if_service_id")
    private Long ifServiceId;

    @Enumerated(EnumType.STRING)
    @Column(name = "if_type")
    private TicketType ifType;

    @Enumerated(EnumType.STRING)
    @Column(name = "if_priority")
    private Priority ifPriority;

    @Column(name = "if_words")
    private String ifWords;

    @Enumerated(EnumType.STRING)
    @Column(name = "if_channel")
    private Channel ifChannel;

    @Column(name = "set_group_id")
    private Long setGroupId;

    @Column(name = "set_assignee_id")
    private Long setAssigneeId;

    @Enumerated(EnumType.STRING)
    @Column(name = "set_priority")
    private Priority setPriority;

    @Column(name = "add_watcher_id")
    private Long addWatcherId;

    @Column(name = "send_answer_id")
    private Long sendAnswerId;

    /** Who last saved the rule: an automatic answer is sent in their name. */
    @Column(name = "updated_by")
    private long updatedBy;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected AutomationRule() {
    }

    AutomationRule(RuleDraft draft, long editor, Instant now) {
        change(draft, editor, now);
    }

    void change(RuleDraft draft, long editor, Instant now) {
        updatedBy = editor;
        name = draft.name().strip();
        trigger = draft.trigger();
        position = draft.position();
        delay = draft.delay();
        RuleConditions when = draft.conditions();
        ifMemberId = when.memberId();
        ifServiceId = when.serviceId();
        ifType = when.type();
        ifPriority = when.priority();
        ifWords = when.words() == null || when.words().isBlank() ? null : when.words().strip();
        ifChannel = when.channel();
        RuleActions then = draft.actions();
        setGroupId = then.groupId();
        setAssigneeId = then.assigneeId();
        setPriority = then.priority();
        addWatcherId = then.watcherId();
        sendAnswerId = then.answerId();
        updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        updatedAt = now;
    }

    public RuleDefinition definition() {
        return new RuleDefinition(id, name, position, trigger, delay, conditions(), actions(), updatedBy);
    }

    public RuleConditions conditions() {
        return new RuleConditions(ifMemberId, ifServiceId, ifType, ifPriority, ifWords, ifChannel);
    }

    public RuleActions actions() {
        return new RuleActions(setGroupId, setAssigneeId, setPriority, addWatcherId, sendAnswerId);
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public RuleTrigger getTrigger() {
        return trigger;
    }

    public int getPosition() {
        return position;
    }

    public boolean isActive() {
        return active;
    }

    public Integer getDelay() {
        return delay;
    }

    public long getUpdatedBy() {
        return updatedBy;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
