package fr.guichet.web.security;

import jakarta.faces.component.UIViewRoot;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Objects;

/**
 * A form must come back with the script nonce PrimeFaces gave its page (its script adds it to every
 * form). PrimeFaces checks that only when it renders the answer, after the form's action has run, and
 * fails with an error page ("CSP nonce mismatch") when the nonce is missing: a form sent by a script or
 * without JavaScript. Such a post is refused here instead, before anything of it is applied, and the
 * browser is sent to the page again.
 */
public class PostbackNonceCheck implements PhaseListener {

    /** The request parameter and view attribute PrimeFaces uses for the nonce. */
    static final String NONCE = "primefaces.nonce";

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RESTORE_VIEW;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        // Nothing to check before the view is restored.
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        UIViewRoot view = faces.getViewRoot();
        if (!faces.isPostback() || view == null || faces.getResponseComplete()) {
            return;
        }
        Map<String, Object> viewMap = view.getViewMap(false);
        Object expected = viewMap == null ? null : viewMap.get(NONCE);
        ExternalContext external = faces.getExternalContext();
        if (expected != null && !Objects.equals(expected, external.getRequestParameterMap().get(NONCE))) {
            String page = faces.getApplication().getViewHandler().getRedirectURL(faces, view.getViewId(), Map.of(), true);
            try {
                external.redirect(page);
            } catch (IOException failure) {
                throw new UncheckedIOException(failure);
            }
            faces.responseComplete();
        }
    }
}
