package fr.guichet.attachment;

/**
 * The record a file is attached to, once its domain has checked the caller may see it (and, to attach, act
 * on it). {@code memberId}: the member whose data the file is, {@code null} for records every member reads.
 */
public record AttachedTo(AttachmentOwner type, long id, Long memberId) {

    public static AttachedTo ticket(long ticketId, long memberId) {
        return new AttachedTo(AttachmentOwner.TICKET, ticketId, memberId);
    }

    public static AttachedTo demand(long demandId) {
        return new AttachedTo(AttachmentOwner.DEMAND, demandId, null);
    }
}
