package fr.guichet.attachment;

import fr.guichet.security.MemberOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;

/**
 * A file attached to a ticket or a demand; its bytes live apart ({@link AttachmentContent}) so lists never
 * read them. A ticket's file carries the ticket's member (checked on load like the ticket); a demand's file
 * has none: demands are read by every member.
 */
@Entity
@Table(name = "attachment")
public class Attachment implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(name = "owner_type")
    private AttachmentOwner ownerType;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "member_id")
    private Long memberId;

    @Column(name = "file_name")
    private String fileName;

    @Column(name = "content_type")
    private String contentType;

    @Column(name = "size_bytes")
    private long sizeBytes;

    private String sha256;

    @Column(name = "uploaded_by")
    private Long uploadedBy;

    @Column(name = "uploaded_at")
    private Instant uploadedAt;

    protected Attachment() {
    }

    Attachment(AttachedTo owner, AttachmentTypes.Vetted file, long sizeBytes, long uploadedBy, Instant now) {
        this.ownerType = owner.type();
        this.ownerId = owner.id();
        this.memberId = owner.memberId();
        this.fileName = file.name();
        this.contentType = file.contentType();
        this.sizeBytes = sizeBytes;
        this.sha256 = file.sha256();
        this.uploadedBy = uploadedBy;
        this.uploadedAt = now;
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    boolean belongsTo(AttachedTo owner) {
        return ownerType == owner.type() && ownerId.equals(owner.id());
    }

    public Long getId() {
        return id;
    }

    public AttachmentOwner getOwnerType() {
        return ownerType;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public String getFileName() {
        return fileName;
    }

    public String getContentType() {
        return contentType;
    }

    public long getSizeBytes() {
        return sizeBytes;
    }

    public String getSha256() {
        return sha256;
    }

    public Long getUploadedBy() {
        return uploadedBy;
    }

    public Instant getUploadedAt() {
        return uploadedAt;
    }
}
