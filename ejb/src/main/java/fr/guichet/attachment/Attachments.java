package fr.guichet.attachment;

import fr.guichet.common.NotFoundException;
import fr.guichet.common.Settings;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Stores, lists and serves the files of tickets and demands: size limited ({@code guichet.attachments.max.bytes}),
 * type judged on content ({@link AttachmentTypes}). It checks no visibility: its callers are the owning
 * domains' services, after they checked the caller may see (or change) the owner.
 */
@Stateless
public class Attachments {

    /** A downloaded file. */
    public record Download(String fileName, String contentType, byte[] content) {
    }

    @PersistenceContext
    private EntityManager em;

    public Attachment store(@NotNull AttachedTo owner, long uploaderId, String fileName, @NotNull byte[] content) {
        AttachmentTypes.Vetted file = AttachmentTypes.vet(fileName, content, Settings.attachmentMaxBytes());
        Attachment attachment = new Attachment(owner, file, content.length, uploaderId, Instant.now());
        em.persist(attachment);
        em.flush();
        em.persist(new AttachmentContent(attachment.getId(), content));
        return attachment;
    }

    /** Oldest first, the order people attached them (one index range: owner, then upload time). */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<Attachment> list(@NotNull AttachedTo owner) {
        return em.createQuery("SELECT a FROM Attachment a WHERE a.ownerType = :type AND a.ownerId = :id"
                        + " ORDER BY a.uploadedAt, a.id", Attachment.class)
                .setParameter("type", owner.type()).setParameter("id", owner.id()).getResultList();
    }

    /**
     * Hands every file of one owner to another of the same member (a merged ticket's files follow the surviving
     * ticket); returns how many moved.
     */
    public int move(@NotNull AttachedTo from, @NotNull AttachedTo to) {
        if (from.type() != to.type() || !Objects.equals(from.memberId(), to.memberId())) {
            throw new IllegalArgumentException("files move only between owners of one kind and one member");
        }
        return em.createQuery("UPDATE Attachment a SET a.ownerId = :to WHERE a.ownerType = :type AND a.ownerId = :from")
                .setParameter("to", to.id()).setParameter("type", from.type()).setParameter("from", from.id()).executeUpdate();
    }

    /** A file of this owner; another owner's file is not found, whatever its number. */
    public Download download(@NotNull AttachedTo owner, long attachmentId) {
        Attachment attachment = em.find(Attachment.class, attachmentId);
        if (attachment == null || !attachment.belongsTo(owner)) {
            throw new NotFoundException("attachment", attachmentId);
        }
        return new Download(attachment.getFileName(), attachment.getContentType(),
                em.find(AttachmentContent.class, attachmentId).content());
    }
}
