package fr.guichet.web.member;

import fr.guichet.member.CrisisContactDraft;
import fr.guichet.member.CrisisContacts;
import fr.guichet.member.CrisisRole;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.web.shell.FacesMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * member/crisis.xhtml: a member's crisis contacts in calling order. A référent sees and keeps their own member's;
 * staff see every member's readiness, open one ({@code ?member=}) and read it; administrators may change it too. Each change saves the
 * whole list at once, so that what the page shows is what is stored.
 */
@Named
@ViewScoped
public class CrisisContactsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private CrisisContacts crisisContacts;

    @Inject
    private Caller caller;

    private Long memberId;
    private CrisisContacts.Sheet sheet;
    private List<CrisisContacts.Coverage> coverage;
    /** The place of the contact being edited in the list, or null for a new one. */
    private Integer editing;
    private CrisisRole role = CrisisRole.DGS;
    private String name;
    private String phone;
    private String email;
    private boolean decides;
    private String availability;

    public void load() {
        CallerIdentity who = caller.required();
        if (memberId == null && !who.isStaff()) {
            memberId = who.memberId();
        }
        if (memberId != null) {
            sheet = crisisContacts.of(memberId);
        }
    }

    /** Staff's view before choosing: every member, how many contacts it gave and how many decide. */
    public List<CrisisContacts.Coverage> getCoverage() {
        if (coverage == null) {
            coverage = crisisContacts.coverage();
        }
        return coverage;
    }

    public void edit(int index) {
        CrisisContactDraft contact = sheet.contacts().get(index);
        editing = index;
        role = contact.role();
        name = contact.name();
        phone = contact.phone();
        email = contact.email();
        decides = contact.decides();
        availability = contact.availability();
    }

    public void newContact() {
        editing = null;
        role = CrisisRole.DGS;
        name = null;
        phone = null;
        email = null;
        decides = false;
        availability = null;
    }

    public void saveContact() {
        List<CrisisContactDraft> contacts = new ArrayList<>(sheet.contacts());
        CrisisContactDraft typed = new CrisisContactDraft(role, name, phone, email, decides, availability);
        if (editing == null) {
            contacts.add(typed);
        } else {
            contacts.set(editing, typed);
        }
        if (save(contacts, "crisis.saved", typed.name())) {
            newContact();
        }
    }

    public void remove(int index) {
        List<CrisisContactDraft> contacts = new ArrayList<>(sheet.contacts());
        CrisisContactDraft removed = contacts.remove(index);
        if (save(contacts, "crisis.removed", removed.name())) {
            newContact();
        }
    }

    /** Calls this contact before the one above it. */
    public void moveUp(int index) {
        List<CrisisContactDraft> contacts = new ArrayList<>(sheet.contacts());
        contacts.add(index - 1, contacts.remove(index));
        save(contacts, "crisis.moved", contacts.get(index - 1).name());
    }

    private boolean save(List<CrisisContactDraft> contacts, String doneKey, String contactName) {
        try {
            sheet = crisisContacts.replace(memberId, contacts);
            FacesMessages.info(doneKey, contactName);
            return true;
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
            return false;
        }
    }

    public CrisisRole[] getRoles() {
        return CrisisRole.values();
    }

    public CrisisContacts.Sheet getSheet() {
        return sheet;
    }

    public boolean isEditing() {
        return editing != null;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }

    public CrisisRole getRole() {
        return role;
    }

    public void setRole(CrisisRole role) {
        this.role = role;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getPhone() {
        return phone;
    }

    public void setPhone(String phone) {
        this.phone = phone;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public boolean isDecides() {
        return decides;
    }

    public void setDecides(boolean decides) {
        this.decides = decides;
    }

    public String getAvailability() {
        return availability;
    }

    public void setAvailability(String availability) {
        this.availability = availability;
    }
}
