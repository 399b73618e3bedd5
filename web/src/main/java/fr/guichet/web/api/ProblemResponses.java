package fr.guichet.web.api;

import fr.guichet.web.i18n.Texts;
import jakarta.json.Json;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Locale;

/** Writes an RFC 9457 problem document where JAX-RS is not involved (authentication, servlets). */
public final class ProblemResponses {

    private ProblemResponses() {
    }

    public static void write(HttpServletResponse response, int status, String messageKey) throws IOException {
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding("UTF-8");
        Problem problem = Problem.of(status, Texts.get(Locale.FRENCH, messageKey));
        response.getWriter().write(Json.createObjectBuilder()
                .add("type", problem.type())
                .add("title", problem.title())
                .add("status", problem.status())
                .add("detail", problem.detail())
                .build().toString());
        // Complete now: neither the container's error page nor its authentication step (which answers a
        // refused login with sendError) can write over it, or log that the response was already committed.
        response.getWriter().close();
    }
}
