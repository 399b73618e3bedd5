package fr.guichet.ticket;

import jakarta.mail.Address;
import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.io.ByteArrayOutputStream;
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

/** Reads what the helpdesk needs from a MIME message: sender, subject, headers, recipients, text and attached files. */
final class MailboxReader {

    private static final List<String> RECIPIENT_HEADERS = List.of("To", "Cc", "Delivered-To", "X-Original-To");

    private MailboxReader() {
    }

    /**
     * What identifies a message across polls and nodes: its Message-ID, or for the rare message without one
     * a digest of its raw bytes. Read from the headers and raw source only, so that it works for a message
     * whose MIME structure is broken.
     */
    static String key(Message message) throws MessagingException, IOException {
        String[] ids = message.getHeader("Message-ID");
        String id = ids == null || ids.length == 0 ? "" : ids[0].strip();
        if (!id.isEmpty()) {
            return IncomingMail.characters(id, 255);
        }
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(raw(message));
            return "<" + HexFormat.of().formatHex(digest) + "@sans-message-id.guichet>";
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }

    static MailMessage read(Message message, String key) throws MessagingException, IOException {
        Map<String, String> headers = new HashMap<>();
        for (Enumeration<jakarta.mail.Header> all = message.getAllHeaders(); all.hasMoreElements(); ) {
            jakarta.mail.Header header = all.nextElement();
            headers.putIfAbsent(header.getName(), header.getValue());
        }
        String[] authentication = message.getHeader("Authentication-Results");
        StringBuilder text = new StringBuilder();
        StringBuilder html = new StringBuilder();
        List<MailMessage.Part> files = new ArrayList<>();
        collect(message, text, html, files);
        String body = text.length() > 0 ? text.toString() : htmlToText(html.toString());
        return new MailMessage(key, from(message), message.getSubject(), headers, recipients(message),
                authentication == null ? List.of() : List.of(authentication), body, files);
    }

    /** What can be kept of a message that {@link #read} could not read, each part as far as it can be had. */
    static MailMessage unreadable(Message message, String key) {
        String from;
        try {
            from = from(message);
        } catch (MessagingException | RuntimeException unknown) {
            from = "";
        }
        String subject;
        try {
            subject = message.getSubject();
        } catch (MessagingException | RuntimeException unknown) {
            subject = "";
        }
        String source;
        try {
            source = new String(raw(message), StandardCharsets.UTF_8);
        } catch (MessagingException | IOException | RuntimeException unknown) {
            source = "";
        }
        return MailMessage.unreadable(key, from, subject, source);
    }

    private static String from(Message message) throws MessagingException {
        Address[] from = message.getFrom();
        return from == null || from.length == 0 ? ""
                : from[0] instanceof InternetAddress address ? address.getAddress() : from[0].toString();
    }

    /** Every address the message was sent to, as far as its headers can be parsed. */
    private static List<String> recipients(Message message) throws MessagingException {
        List<String> addresses = new ArrayList<>();
        for (String name : RECIPIENT_HEADERS) {
            String[] values = message.getHeader(name);
            for (String value : values == null ? new String[0] : values) {
                try {
                    for (InternetAddress address : InternetAddress.parseHeader(value, false)) {
                        addresses.add(address.getAddress());
                    }
                } catch (AddressException unparsable) {
                    // A header that cannot be parsed designates nobody.
                }
            }
        }
        return addresses;
    }

    private static byte[] raw(Message message) throws MessagingException, IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        message.writeTo(out);
        return out.toByteArray();
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
}
