package fr.guichet.ticket;

import java.util.List;
import java.util.Map;

/**
 * An incoming message as the poller read it: what the helpdesk needs, independent of Jakarta Mail.
 * {@code headers} keeps the first value of each header; {@code recipients} are the addresses of To, Cc,
 * Delivered-To and X-Original-To; {@code authenticationResults} every Authentication-Results header, in order.
 */
public record MailMessage(String messageId, String from, String subject, Map<String, String> headers,
                          List<String> recipients, List<String> authenticationResults, String text, List<Part> attachments) {

    /** An attached file. */
    public record Part(String fileName, byte[] content) {
    }

    public MailMessage {
        from = from == null ? "" : from;
        subject = subject == null ? "" : subject.strip();
        text = text == null ? "" : text;
        headers = Map.copyOf(headers);
        recipients = List.copyOf(recipients);
        authenticationResults = List.copyOf(authenticationResults);
        attachments = List.copyOf(attachments);
    }

    /** What can be kept of a message that could not be read: who sent it, its subject and its raw source. */
    static MailMessage unreadable(String messageId, String from, String subject, String source) {
        return new MailMessage(messageId, from, subject, Map.of(), List.of(), List.of(), source, List.of());
    }
}
