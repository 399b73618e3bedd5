package fr.guichet.member;

import fr.guichet.security.MemberOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A person a member wants called in a crisis, in calling order. */
@Entity
@Table(name = "crisis_contact")
public class CrisisContact implements MemberOwned {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "member_id", nullable = false)
    private Long memberId;

    @Column(name = "call_order", nullable = false)
    private int callOrder;

    @Enumerated(EnumType.STRING)
    private CrisisRole role;

    @Column(name = "full_name")
    private String name;

    private String phone;

    private String email;

    private boolean decides;

    private String availability;

    protected CrisisContact() {
    }

    CrisisContact(long memberId, int callOrder, CrisisContactDraft draft) {
        this.memberId = memberId;
        this.callOrder = callOrder;
        this.role = draft.role();
        this.name = draft.name();
        this.phone = draft.phone();
        this.email = draft.email();
        this.decides = draft.decides();
        this.availability = draft.availability();
    }

    @Override
    public Long owningMemberId() {
        return memberId;
    }

    public CrisisContactDraft draft() {
        return new CrisisContactDraft(role, name, phone, email, decides, availability);
    }

    public int getCallOrder() {
        return callOrder;
    }
}
