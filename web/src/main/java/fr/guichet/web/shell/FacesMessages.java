package fr.guichet.web.shell;

import fr.guichet.common.DomainException;
import fr.guichet.web.api.ProblemMapper;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.i18n.ViolationMessages;
import jakarta.validation.ConstraintViolationException;
import java.util.Locale;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Adds translated messages to the current page, for backing beans. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void warn(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_WARN, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(DomainException refusal) {
        error(refusal.messageKey(), refusal.arguments());
    }

    /**
     * Shows why a service refused an action (a domain rule or invalid fields); anything else is a bug
     * and goes on to the error page.
     */
    public static void refusal(RuntimeException failure) {
        Throwable cause = ProblemMapper.unwrap(failure);
        if (cause instanceof DomainException refused) {
            error(refused);
        } else if (cause instanceof ConstraintViolationException invalid) {
            FacesContext faces = FacesContext.getCurrentInstance();
            invalid.getConstraintViolations().forEach(violation -> faces.addMessage(null, new FacesMessage(
                    FacesMessage.SEVERITY_ERROR, ViolationMessages.of(violation, pageLocale(faces)), null)));
        } else {
            throw failure;
        }
    }

    /** Keeps the message across the redirect that follows a successful save. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    /** The page's language, known before the view is rendered (the view root learns it only then). */
    public static Locale pageLocale() {
        return pageLocale(FacesContext.getCurrentInstance());
    }

    private static Locale pageLocale(FacesContext faces) {
        return faces.getApplication().evaluateExpressionGet(faces, "#{shell.locale}", Locale.class);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.get(pageLocale(faces), key, arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
