package fr.guichet.answer;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.io.Serializable;
import java.time.Instant;

/** A canned answer of a support group: a title to find it, a text with variables, how often it was used. */
@Entity
@Table(name = "canned_answer")
public class CannedAnswer implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "group_id")
    private long groupId;

    private String title;

    private String body;

    /** Counted in SQL ({@code usage_count + 1}): two technicians inserting it at once both count. */
    @Column(name = "usage_count", insertable = false, updatable = false)
    private int usageCount;

    private boolean active = true;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private int version;

    protected CannedAnswer() {
    }

    CannedAnswer(CannedAnswerDraft draft, Instant now) {
        change(draft, now);
    }

    void change(CannedAnswerDraft draft, Instant now) {
        groupId = draft.groupId();
        title = draft.title().strip();
        body = draft.body().strip();
        updatedAt = now;
    }

    void setActive(boolean active, Instant now) {
        this.active = active;
        updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public long getGroupId() {
        return groupId;
    }

    public String getTitle() {
        return title;
    }

    public String getBody() {
        return body;
    }

    public int getUsageCount() {
        return usageCount;
    }

    public boolean isActive() {
        return active;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }
}
