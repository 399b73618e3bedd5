package fr.guichet.web.member;

import fr.guichet.member.Member;
import fr.guichet.member.MemberDetails;
import fr.guichet.member.MemberKind;
import fr.guichet.member.MemberService;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;

/** admin/member.xhtml: creates a member, or edits the one given by {@code ?id=}. */
@Named
@ViewScoped
public class MemberEditBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private MemberService members;

    private Long id;
    private String name;
    private MemberKind kind = MemberKind.COMMUNE;
    private String inseeCode;
    private Integer population;
    private LocalDate memberSince = LocalDate.now();
    private LocalDate memberUntil;
    private boolean active = true;
    private String contactEmail;
    private String contactPhone;

    public void load() {
        if (id != null) {
            MemberDetails details = members.get(id).details();
            name = details.name();
            kind = details.kind();
            inseeCode = details.inseeCode();
            population = details.population();
            memberSince = details.memberSince();
            memberUntil = details.memberUntil();
            active = details.active();
            contactEmail = details.contactEmail();
            contactPhone = details.contactPhone();
        }
    }

    public String save() {
        MemberDetails details = new MemberDetails(name, kind, inseeCode, population, memberSince, memberUntil, active,
                contactEmail, contactPhone);
        try {
            Member saved = id == null ? members.create(details) : members.update(id, details);
            id = saved.getId();
            FacesMessages.info("members.saved");
            FacesMessages.keepForRedirect();
            return "/admin/members?faces-redirect=true";
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return null;
        }
    }

    public MemberKind[] getKinds() {
        return MemberKind.values();
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

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public MemberKind getKind() {
        return kind;
    }

    public void setKind(MemberKind kind) {
        this.kind = kind;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public void setInseeCode(String inseeCode) {
        this.inseeCode = inseeCode;
    }

    public Integer getPopulation() {
        return population;
    }

    public void setPopulation(Integer population) {
        this.population = population;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public void setMemberSince(LocalDate memberSince) {
        this.memberSince = memberSince;
    }

    public LocalDate getMemberUntil() {
        return memberUntil;
    }

    public void setMemberUntil(LocalDate memberUntil) {
        this.memberUntil = memberUntil;
    }

    public boolean isActive() {
        return active;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public void setContactEmail(String contactEmail) {
        this.contactEmail = contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }

    public void setContactPhone(String contactPhone) {
        this.contactPhone = contactPhone;
    }
}
