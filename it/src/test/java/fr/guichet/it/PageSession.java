package fr.guichet.it;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser reduced to HTTP: pages and form posts with the session cookie, no script run, no redirect followed.
 * The cookie is kept by hand: it is marked Secure, which Java's cookie store would not send over HTTP.
 */
final class PageSession {

    private static final Pattern SESSION_COOKIE = Pattern.compile("^(GUICHET_SESSION=[^;]*)");

    private static final Pattern VIEW_STATE = Pattern.compile("name=\"jakarta\\.faces\\.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern NONCE = Pattern.compile("<script[^>]*nonce=\"([^\"]+)\"");

    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private String cookie;

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path)).GET());
    }

    HttpResponse<String> post(String path, Map<String, String> fields) {
        String form = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return send(HttpRequest.newBuilder(URI.create(Deployments.BASE_URL + path))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(form)));
    }

    /** The login form's fields as the page's script would send them (with its nonce), for this login. */
    static Map<String, String> loginForm(String page, String login, String password) {
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("login", "login");
        fields.put("login:username", login);
        fields.put("login:password", password);
        fields.put("login:submit", "");
        fields.put("jakarta.faces.ViewState", find(VIEW_STATE, page));
        fields.put("primefaces.nonce", find(NONCE, page));
        return fields;
    }

    /** Logs in through the form, as a browser does; the session cookie is then in this client. */
    PageSession logIn(String login, String password) {
        HttpResponse<String> done = post("/login.xhtml", loginForm(get("/login.xhtml").body(), login, password));
        if (done.statusCode() != 302 || !done.headers().firstValue("Location").orElse("").endsWith("/index.xhtml")) {
            throw new IllegalStateException("login refused: " + done.statusCode() + " " + done.headers().map());
        }
        return this;
    }

    private static String find(Pattern pattern, String page) {
        Matcher matcher = pattern.matcher(page);
        if (!matcher.find()) {
            throw new IllegalStateException(pattern + " not in " + page);
        }
        return matcher.group(1);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        try {
            HttpResponse<String> response = CLIENT.send(request.timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
            response.headers().allValues("Set-Cookie").stream().map(SESSION_COOKIE::matcher).filter(Matcher::find)
                    .findFirst().ifPresent(found -> cookie = found.group(1));
            return response;
        } catch (IOException | InterruptedException failure) {
            throw new IllegalStateException(failure);
        }
    }
}
