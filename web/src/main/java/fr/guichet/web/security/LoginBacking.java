package fr.guichet.web.security;

import fr.guichet.web.shell.FacesMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import java.io.IOException;

/**
 * The login form: hands the credentials to {@link GuichetAuthenticationMechanism}. Every refusal reads
 * the same (unknown login, wrong password, inactive account, attempts slowed down), so the page tells
 * nobody which logins exist.
 */
@Named
@RequestScoped
public class LoginBacking {

    /** Query parameter of the login page shown again after its form outlived the session. */
    public static final String EXPIRED = "expired";

    @Inject
    private SecurityContext securityContext;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void onLoad() {
        FacesContext faces = FacesContext.getCurrentInstance();
        var parameters = faces.getExternalContext().getRequestParameterMap();
        if (parameters.containsKey("loggedOut")) {
            FacesMessages.info("login.loggedOut");
        } else if (parameters.containsKey(EXPIRED)) {
            FacesMessages.warn("login.expired");
        }
    }

    public void login() throws IOException {
        FacesContext faces = FacesContext.getCurrentInstance();
        ExternalContext external = faces.getExternalContext();
        HttpServletRequest request = (HttpServletRequest) external.getRequest();
        AuthenticationStatus status = securityContext.authenticate(request, (HttpServletResponse) external.getResponse(),
                AuthenticationParameters.withParams().newAuthentication(true)
                        .credential(new UsernamePasswordCredential(username, password)));
        if (status == AuthenticationStatus.SUCCESS) {
            external.redirect(external.getRequestContextPath() + "/index.xhtml");
            faces.responseComplete();
        } else {
            FacesMessages.error("login.invalid");
        }
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }
}
