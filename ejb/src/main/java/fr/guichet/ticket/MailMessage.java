package fr.guichet.ticket;

import java.util.List;
import java.util.Map;

/** An incoming message as the poller read it: what the helpdesk needs, independent of Jakarta Mail. */
public record MailMessage(String messageId, String from, String subject, Map<String, String> headers, String text,
                          List<Part> attachments) {

    /** An attached file. */
    public record Part(String fileName, byte[] content) {
    }

    public MailMessage {
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text;
        headers = Map.copyOf(headers);
        attachments = List.copyOf(attachments);
    }
}
