package fr.guichet.web.identity;

import fr.guichet.identity.MailPreference;
import fr.guichet.identity.NewUser;
import fr.guichet.identity.UserAccount;
import fr.guichet.identity.UserChanges;
import fr.guichet.identity.UserService;
import fr.guichet.security.Role;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/** admin/user.xhtml: creates an account, or edits the one given by {@code ?id=} (roles, state, password). */
@Named
@ViewScoped
public class UserEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;


    private Long id;
    private String login;
    private String fullName;
    private String email;
    private Long memberId;
    private List<String> roles = new ArrayList<>();
    private String locale = "fr";
    private MailPreference mailPreference = MailPreference.IMMEDIATE;
    private String password;
    private boolean active;
    private boolean loginDelayed;
    private String memberName;

    public void load() {
        if (id != null) {
            show(users.get(id));
        }
    }

    private void show(UserAccount user) {
        id = user.getId();
        login = user.getLogin();
        fullName = user.getFullName();
        email = user.getEmail();
        memberId = user.getMember() == null ? null : user.getMember().getId();
        memberName = user.getMember() == null ? null : user.getMember().getName();
        roles = user.getRoles().stream().map(Role::name).sorted().collect(Collectors.toCollection(ArrayList::new));
        locale = user.getLocale();
        mailPreference = user.getMailPreference();
        active = user.isActive();
        loginDelayed = users.isLoginDelayed(user);
        password = null;
    }

    public String save() {
        try {
            if (id == null) {
                UserAccount created = users.create(new NewUser(login, fullName, email, memberId, roleSet(), password));
                FacesMessages.info("users.created");
                FacesMessages.keepForRedirect();
                return "/admin/user?faces-redirect=true&id=" + created.getId();
            }
            show(users.update(id, new UserChanges(fullName, email, roleSet(), locale, mailPreference)));
            FacesMessages.info("users.saved");
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
        return null;
    }

    public void deactivate() {
        act(() -> users.deactivate(id), "users.deactivated");
    }

    public void reactivate() {
        act(() -> users.reactivate(id), "users.reactivated");
    }

    public void unlock() {
        act(() -> users.unlock(id), "users.unlocked");
    }

    public void resetPassword() {
        act(() -> users.resetPassword(id, password), "users.passwordReset");
    }

    private void act(Supplier<UserAccount> action, String doneKey) {
        try {
            show(action.get());
            FacesMessages.info(doneKey);
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    private Set<Role> roleSet() {
        return roles.isEmpty() ? Set.of() : roles.stream().map(Role::valueOf).collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }


    public Role[] getAllRoles() {
        return Role.values();
    }

    public MailPreference[] getMailPreferences() {
        return MailPreference.values();
    }

    public boolean isNew() {
        return id == null;
    }

    public Long getId() {
        return id;
    }

    public void setId(Long id) {
        this.id = id;
    }

    public String getLogin() {
        return login;
    }

    public void setLogin(String login) {
        this.login = login;
    }

    public String getFullName() {
        return fullName;
    }

    public void setFullName(String fullName) {
        this.fullName = fullName;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public String getMemberName() {
        return memberName;
    }

    public List<String> getRoles() {
        return roles;
    }

    public void setRoles(List<String> roles) {
        this.roles = roles;
    }

    public String getLocale() {
        return locale;
    }

    public void setLocale(String locale) {
        this.locale = locale;
    }

    public MailPreference getMailPreference() {
        return mailPreference;
    }

    public void setMailPreference(MailPreference mailPreference) {
        this.mailPreference = mailPreference;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public boolean isActive() {
        return active;
    }

    public boolean isLoginDelayed() {
        return loginDelayed;
    }
}
