package fr.guichet.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/** A notification held for its recipient's daily digest, with what the digest mail needs. */
@Entity
@Table(name = "digest_item")
public class DigestItem implements Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String login;

    private String email;

    @Column(name = "full_name")
    private String fullName;

    private String locale;

    @Column(name = "digest_hour")
    private int digestHour;

    private String subject;

    private String body;

    @Column(name = "created_at")
    private Instant createdAt;

    protected DigestItem() {
    }

    DigestItem(Recipient recipient, String subject, String body, Instant now) {
        this.login = recipient.login();
        this.email = recipient.email();
        this.fullName = recipient.fullName();
        this.locale = recipient.locale();
        this.digestHour = recipient.digestHour();
        this.subject = subject;
        this.body = body;
        this.createdAt = now;
    }

    String getEmail() {
        return email;
    }

    String getFullName() {
        return fullName;
    }

    String getLocale() {
        return locale;
    }

    String getSubject() {
        return subject;
    }

    String getBody() {
        return body;
    }
}
