package fr.guichet.web.shell;

import fr.guichet.common.DomainException;
import fr.guichet.web.i18n.Texts;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;

/** Adds translated messages to the current page, for backing beans. */
public final class FacesMessages {

    private FacesMessages() {
    }

    public static void info(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_INFO, key, arguments);
    }

    public static void error(String key, Object... arguments) {
        add(FacesMessage.SEVERITY_ERROR, key, arguments);
    }

    public static void error(DomainException refusal) {
        error(refusal.messageKey(), refusal.arguments());
    }

    /** Keeps the message across the redirect that follows a successful save. */
    public static void keepForRedirect() {
        FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
    }

    private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
        FacesContext faces = FacesContext.getCurrentInstance();
        String text = Texts.get(faces.getViewRoot().getLocale(), key, arguments);
        faces.addMessage(null, new FacesMessage(severity, text, null));
    }
}
