package fr.guichet.ticket;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

/** Reads what the helpdesk needs from a MIME message: sender, subject, headers, text and attached files. */
final class MailboxReader {

    private MailboxReader() {
    }

    static MailMessage read(Message message) throws MessagingException, IOException {
        Map<String, String> headers = new HashMap<>();
        for (Enumeration<jakarta.mail.Header> all = message.getAllHeaders(); all.hasMoreElements(); ) {
            jakarta.mail.Header header = all.nextElement();
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        String from = message.getFrom() == null || message.getFrom().length == 0 ? ""
                : message.getFrom()[0] instanceof InternetAddress address ? address.getAddress() : message.getFrom()[0].toString();
        String subject = message.getSubject();
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        List<MailMessage.Part> files = new ArrayList<>();
        collect(message, text, html, files);
        String body = text.length() > 0 ? text.toString() : htmlToText(html.toString());
        return new MailMessage(messageId(message, from, subject), from, subject, headers, body, files);
    }

    private static void collect(Part part, StringBuilder text, StringBuilder html, List<MailMessage.Part> files)
            throws MessagingException, IOException {
        if (part.isMimeType("multipart/*")) {
            Multipart multipart = (Multipart) part.getContent();
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart child = multipart.getBodyPart(i);
                collect(child, text, html, files);
            }
            return;
        }
        boolean attached = Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition()) || part.getFileName() != null;
        if (attached) {
            try (var in = part.getInputStream()) {
                files.add(new MailMessage.Part(part.getFileName(), in.readAllBytes()));
            }
        } else if (part.isMimeType("text/plain") && text.length() == 0) {
            text.append(part.getContent());
        } else if (part.isMimeType("text/html") && html.length() == 0) {
            html.append(part.getContent());
        }
    }

    /** Text of an HTML-only message: tags dropped, line breaks kept; it is stored and shown as plain text. */
    static String htmlToText(String html) {
        return html.replaceAll("(?is)<(script|style)[^>]*>.*?</\\1>", "")
                .replaceAll("(?i)<br\\s*/?>|</p>|</div>", "\n")
                .replaceAll("<[^>]+>", "")
                .replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"")
                .replace("&#39;", "'").replace("&amp;", "&")
                .replaceAll("\n{3,}", "\n\n").strip();
    }

    /** The Message-ID, or for the rare message without one an identifier made from what it says. */
    private static String messageId(Message message, String from, String subject) throws MessagingException {
        String id = message instanceof MimeMessage mime ? mime.getMessageID() : null;
        if (id != null && !id.isBlank()) {
            return id.strip().length() <= 255 ? id.strip() : id.strip().substring(0, 255);
        }
        String sent = message.getSentDate() == null ? "" : String.valueOf(message.getSentDate().getTime());
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest((from + "\n" + subject + "\n" + sent).getBytes(StandardCharsets.UTF_8));
            return "<" + HexFormat.of().formatHex(digest) + "@sans-message-id.guichet>";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
