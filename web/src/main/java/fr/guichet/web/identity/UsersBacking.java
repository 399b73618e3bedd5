package fr.guichet.web.identity;

import fr.guichet.identity.UserFilter;
import fr.guichet.identity.UserRow;
import fr.guichet.identity.UserService;
import fr.guichet.security.Role;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;

/** admin/users.xhtml: the accounts, filtered and paged in the database. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService users;


    private String text;
    private Long memberId;
    private Role role;
    private Boolean active;
    private PagedModel<UserRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> users.search(new UserFilter(text, memberId, role, active), page));
    }

    public PagedModel<UserRow> getModel() {
        return model;
    }


    public Role[] getRoles() {
        return Role.values();
    }

    public String getText() {
        return text;
    }

    public void setText(String text) {
        this.text = text;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public Role getRole() {
        return role;
    }

    public void setRole(Role role) {
        this.role = role;
    }

    public Boolean getActive() {
        return active;
    }

    public void setActive(Boolean active) {
        this.active = active;
    }
}
