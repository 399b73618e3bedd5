package fr.guichet.web.shell;

import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.Role;
import fr.guichet.ticket.TicketService;
import fr.guichet.web.i18n.Texts;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The page frame: who is logged in, for which member, in which language, and logout. */
@Named("shell")
@RequestScoped
public class ShellBacking {

    private static final String SESSION_LANGUAGE = "guichet.language";
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Paris"));
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Inject
    private Caller caller;

    @Inject
    private HttpServletRequest request;

    public boolean isLoggedIn() {
        return caller.identity().isPresent();
    }

    public String getFullName() {
        return caller.identity().map(CallerIdentity::fullName).orElse("");
    }

    /** The member's name for commune users; empty for staff. */
    public String getMemberName() {
        return caller.identity().map(CallerIdentity::memberName).orElse("");
    }

    public boolean isStaff() {
        return caller.identity().map(CallerIdentity::isStaff).orElse(false);
    }

    /** The syndicate's people who work tickets: technicians, managers, administrators. */
    public boolean isWorker() {
        return caller.identity().map(TicketService::isWorker).orElse(false);
    }

    public boolean hasRole(String role) {
        return caller.identity().map(i -> i.hasAnyRole(Role.valueOf(role.toUpperCase(Locale.ROOT)))).orElse(false);
    }

    public List<String> getRoleNames() {
        return caller.identity().map(i -> i.roles().stream().sorted().map(Role::groupName).toList()).orElse(List.of());
    }

    /**
     * The page language: a choice made with the language links (kept in the session), else the user's
     * saved preference, else French.
     */
    public String getLanguage() {
        String asked = request.getParameter("lang");
        if ("fr".equals(asked) || "en".equals(asked)) {
            request.getSession(true).setAttribute(SESSION_LANGUAGE, asked);
            return asked;
        }
        HttpSession session = request.getSession(false);
        if (session != null && session.getAttribute(SESSION_LANGUAGE) instanceof String chosen) {
            return chosen;
        }
        return caller.identity().map(CallerIdentity::locale).orElse("fr");
    }

    public Locale getLocale() {
        return Texts.supported(Locale.forLanguageTag(getLanguage()));
    }

    /** An instant as Paris local time, e.g. 23/11/2026 08:47. */
    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant);
    }

    /** A day as French dates are written, e.g. 23/11/2026. */
    public String date(LocalDate day) {
        return day == null ? "" : DATE.format(day);
    }

    /** A file's size as people read it: "12 Ko", "3,4 Mo" (at least 1 Ko). */
    public String fileSize(long bytes) {
        return bytes < 1024 * 1024 ? Texts.get(getLocale(), "shell.size.kb", Math.max(1, Math.round(bytes / 1024.0)))
                : Texts.get(getLocale(), "shell.size.mb", bytes / (1024.0 * 1024));
    }

    public String logout() throws ServletException, IOException {
        request.logout();
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        return "/login.xhtml?faces-redirect=true&loggedOut=true";
    }
}
