package fr.guichet.web.shell;

import fr.guichet.common.Settings;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

/** public/accessibilite.xhtml: the accessibility statement in the RGAA's form, public, linked from every page's footer. */
@Named
@RequestScoped
public class AccessibilityPage {

    public String getContact() {
        return Settings.accessibilityContact();
    }

    public String getPublisher() {
        return Settings.publisherName();
    }

    public String getUrl() {
        return Settings.publicUrl();
    }
}
