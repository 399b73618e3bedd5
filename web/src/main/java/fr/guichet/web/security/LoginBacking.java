package fr.guichet.web.security;

import fr.guichet.identity.LoginResult;
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
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The login form: hands the credentials to {@link GuichetAuthenticationMechanism} and explains refusals. */
@Named
@RequestScoped
public class LoginBacking {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private SecurityContext securityContext;

    @NotBlank
    private String username;

    @NotBlank
    private String password;

    public void onLoad() {
        FacesContext faces = FacesContext.getCurrentInstance();
        if (faces.getExternalContext().getRequestParameterMap().containsKey("loggedOut")) {
            FacesMessages.info("login.loggedOut");
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
        } else if (request.getAttribute(GuichetAuthenticationMechanism.LOGIN_FAILURE) instanceof LoginResult failure
                && failure.status() == LoginResult.Status.LOCKED) {
            FacesMessages.error("login.locked", TIME.format(failure.lockedUntil()));
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
