package fr.guichet.web.shell;

import fr.guichet.attachment.Attachments;
import fr.guichet.common.Settings;
import jakarta.servlet.http.Part;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;

/** Attached files in and out, the same for tickets and demands, pages and API. */
public final class Files {

    private Files() {
    }

    /** An API upload's bytes: one byte past the limit is read, so that the service refuses it clearly. */
    public static byte[] read(InputStream body) throws IOException {
        return body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, Settings.attachmentMaxBytes() + 1));
    }

    /** A page upload's bytes. */
    public static byte[] read(Part upload) {
        try (InputStream in = upload.getInputStream()) {
            return in.readAllBytes();
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** A download from a page. */
    public static StreamedContent streamed(Attachments.Download file) {
        return streamed(file.fileName(), file.contentType(), file.content());
    }

    /** A file made for a download from a page (an export). */
    public static StreamedContent streamed(String fileName, String contentType, byte[] content) {
        return DefaultStreamedContent.builder().name(fileName).contentType(contentType)
                .contentLength((long) content.length).stream(() -> new ByteArrayInputStream(content)).build();
    }

    /** A download from the API: always as an attachment, never rendered by the browser, never cached. */
    public static Response response(Attachments.Download file) {
        return Response.ok(file.content(), file.contentType())
                .header("Content-Disposition", ContentDisposition.attachment(file.fileName()))
                .header("Cache-Control", "private, no-store").build();
    }
}
