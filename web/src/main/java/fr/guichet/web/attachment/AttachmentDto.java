package fr.guichet.web.attachment;

import fr.guichet.attachment.Attachment;
import java.time.Instant;

/** A file of a ticket or a demand in the API. */
public record AttachmentDto(long id, String fileName, String contentType, long size, String sha256, Instant uploadedAt) {

    public static AttachmentDto of(Attachment a) {
        return new AttachmentDto(a.getId(), a.getFileName(), a.getContentType(), a.getSizeBytes(), a.getSha256(),
                a.getUploadedAt());
    }
}
