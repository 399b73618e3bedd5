package fr.guichet.web.security;

import jakarta.faces.application.ViewExpiredException;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;

/**
 * A login form left open longer than the session (30 minutes) cannot be restored when it is sent:
 * the visitor is sent back to an empty login page that says so, instead of an error page. Other pages
 * keep the "page expired" error page: they need a login, which the authentication mechanism asks for first.
 */
public class LoginExpiryHandler extends ExceptionHandlerWrapper {

    static final String LOGIN_VIEW = "/login.xhtml";

    LoginExpiryHandler(ExceptionHandler wrapped) {
        super(wrapped);
    }

    @Override
    public void handle() {
        FacesContext faces = FacesContext.getCurrentInstance();
        for (Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator(); events.hasNext(); ) {
            if (loginExpired(events.next().getContext().getException())
                    && !faces.getExternalContext().isResponseCommitted()) {
                events.remove();
                loginAgain(faces);
            }
        }
        getWrapped().handle();
    }

    private static boolean loginExpired(Throwable error) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (cause instanceof ViewExpiredException expired) {
                return LOGIN_VIEW.equals(expired.getViewId());
            }
        }
        return false;
    }

    private static void loginAgain(FacesContext faces) {
        ExternalContext external = faces.getExternalContext();
        try {
            external.redirect(external.getRequestContextPath() + LOGIN_VIEW + "?" + LoginBacking.EXPIRED);
        } catch (IOException failure) {
            throw new UncheckedIOException(failure);
        }
        faces.responseComplete();
    }

    /** Registered in {@code faces-config.xml}. */
    public static class Factory extends ExceptionHandlerFactory {

        public Factory(ExceptionHandlerFactory wrapped) {
            super(wrapped);
        }

        @Override
        public ExceptionHandler getExceptionHandler() {
            return new LoginExpiryHandler(getWrapped().getExceptionHandler());
        }
    }
}
