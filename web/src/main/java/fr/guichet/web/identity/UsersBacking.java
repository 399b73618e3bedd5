package fr.guichet.web.identity;

import fr.guichet.identity.UserFilter;
import fr.guichet.identity.UserRow;
import fr.guichet.identity.UserService;
import fr.guichet.security.Role;
import fr.guichet.web.export.Downloads;
import fr.guichet.web.export.ListExport;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.PagedModel;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;

/** admin/users.xhtml: the accounts, filtered and paged in the database. */
@Named
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private ListExport exports;

    @Inject
    private UserService users;


    private String text;
    private Long memberId;
    private Role role;
    private Boolean active;
    private PagedModel<UserRow> model;

    @PostConstruct
    void init() {
        model = new PagedModel<>(page -> users.search(filter(), page));
    }

    private UserFilter filter() {
        return new UserFilter(text, memberId, role, active);
    }

    /** The whole list with the filters shown, as a CSV or ODS file written straight into the response. */
    public void export(String format) {
        Downloads.fromPage("utilisateurs", Downloads.format(format), out -> exports.users(filter(), out, FacesMessages.pageLocale()));
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
