package fr.guichet.web.shell;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** A Content-Disposition header for a download, safe for any file name (RFC 6266 and RFC 5987). */
public final class ContentDisposition {

    private ContentDisposition() {
    }

    public static String attachment(String fileName) {
        String ascii = fileName.replaceAll("[^\\x20-\\x7E]", "_").replace("\\", "_").replace("\"", "_");
        String encoded = URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
        return "attachment; filename=\"" + ascii + "\"; filename*=UTF-8''" + encoded;
    }
}
