package fr.guichet.web.identity;

import fr.guichet.identity.ApiToken;
import fr.guichet.identity.ApiTokens;
import fr.guichet.web.shell.FacesMessages;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The profile's API tokens: the user names a new one (with an expiry or not), sees its secret once, and revokes
 * those they no longer use. On an administrator's user page, that user's tokens, to revoke.
 */
@Named
@ViewScoped
public class TokensCard implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ApiTokens tokens;

    private Long userId;
    private List<ApiToken> mine;
    private String name;
    private LocalDate expiresOn;
    private String newSecret;

    @PostConstruct
    void init() {
        mine = tokens.of(null);
    }

    /** On an administrator's user page: that user's tokens instead of one's own. */
    public void showUser(Long id) {
        if (id != null && !id.equals(userId)) {
            userId = id;
            mine = tokens.of(id);
        }
    }

    public void create() {
        try {
            ApiTokens.Created created = tokens.create(name, expiresOn);
            newSecret = created.secret();
            FacesMessages.info("token.created", created.token().getName());
            name = null;
            expiresOn = null;
            mine = tokens.of(null);
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void revoke(long id) {
        try {
            ApiToken revoked = tokens.revoke(id);
            FacesMessages.info("token.revoked", revoked.getName());
            newSecret = null;
            mine = tokens.of(userId);
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public boolean isActive(ApiToken token) {
        return token.isActive(Instant.now());
    }

    public List<ApiToken> getMine() {
        return mine;
    }

    public String getNewSecret() {
        return newSecret;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public LocalDate getExpiresOn() {
        return expiresOn;
    }

    public void setExpiresOn(LocalDate expiresOn) {
        this.expiresOn = expiresOn;
    }
}
