package fr.guichet.web.identity;

import fr.guichet.identity.MailPreference;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserService;
import fr.guichet.web.security.GuichetAuthenticationMechanism;
import fr.guichet.web.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.util.List;
import java.util.stream.IntStream;

/** profile.xhtml: the caller's own language, mail preference and password. */
@Named
@ViewScoped
public class ProfileBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;

    private String locale;
    private MailPreference mailPreference;
    private int digestHour;
    private String currentPassword;
    private String newPassword;

    @PostConstruct
    void init() {
        UserAccount me = users.me();
        locale = me.getLocale();
        mailPreference = me.getMailPreference();
        digestHour = me.getDigestHour();
    }

    public String savePreferences() {
        try {
            users.changeOwnPreferences(locale, mailPreference, digestHour);
            FacesContext.getCurrentInstance().getExternalContext().getSessionMap().remove("guichet.language");
            FacesMessages.info("profile.saved");
            FacesMessages.keepForRedirect();
            return "/profile?faces-redirect=true";
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    public void changePassword() {
        try {
            users.changeOwnPassword(currentPassword, newPassword);
            GuichetAuthenticationMechanism.renewSessionLogin(
                    (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest());
            FacesMessages.info("profile.passwordChanged");
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        } finally {
            currentPassword = null;
            newPassword = null;
        }
    }

    public MailPreference[] getMailPreferences() {
        return MailPreference.values();
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    /** The hours a digest may come at (Paris time). */
    public List<Integer> getHours() {
        return IntStream.range(0, 24).boxed().toList();
    }

    public int getDigestHour() {
        return digestHour;
    }

    public void setDigestHour(int digestHour) {
        this.digestHour = digestHour;
    }

    public MailPreference getMailPreference() {
        return mailPreference;
    }

    public void setMailPreference(MailPreference mailPreference) {
        this.mailPreference = mailPreference;
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
