package fr.guichet.attachment;

/** What a file is attached to; stored by name in {@code attachment.owner_type}. */
public enum AttachmentOwner {
    TICKET,
    DEMAND
}
