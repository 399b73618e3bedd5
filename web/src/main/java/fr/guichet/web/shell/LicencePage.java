package fr.guichet.web.shell;

import fr.guichet.common.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** public/licence.xhtml: Guichet is free software under the EUPL 1.2; the licence's text and where the source is. */
@Named
@RequestScoped
public class LicencePage {

    public String getText() {
        try (InputStream text = FacesContext.getCurrentInstance().getExternalContext().getResourceAsStream("/WEB-INF/LICENSE")) {
            return text == null ? "" : new String(text.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    public String getSourceUrl() {
        return Settings.sourceUrl();
    }

    public String getContact() {
        return Settings.accessibilityContact();
    }
}
