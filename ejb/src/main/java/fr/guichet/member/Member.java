package fr.guichet.member;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.security.MemberOwned;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.text.Normalizer;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/** A commune or partner served by the syndicate. Its own row is member data: only its users and staff see it. */
@Entity
@Table(name = "member")
public class Member implements MemberOwned, Serializable {

    private static final long serialVersionUID = 1L;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String slug;

    @Column(nullable = false)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private MemberKind kind;

    @Column(name = "insee_code")
    private String inseeCode;

    private int population;

    @Column(name = "member_since", nullable = false)
    private LocalDate memberSince;

    @Column(name = "member_until")
    private LocalDate memberUntil;

    private boolean active;

    @Column(name = "contact_email")
    private String contactEmail;

    @Column(name = "contact_phone")
    private String contactPhone;

    @Version
    private int version;

    protected Member() {
    }

    public Member(MemberDetails details) {
        this.slug = slugOf(details.name());
        apply(details);
    }

    /** Lower-case ASCII words joined by hyphens: "Pierre-Bénite" gives "pierre-benite". */
    public static String slugOf(String name) {
        String ascii = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }

    public final void apply(MemberDetails details) {
        if (details.memberUntil() != null && details.memberUntil().isBefore(details.memberSince())) {
            throw new BusinessRuleException("member.period.invalid");
        }
        this.name = details.name().trim();
        this.kind = details.kind();
        this.inseeCode = blankToNull(details.inseeCode());
        this.population = details.population();
        this.memberSince = details.memberSince();
        this.memberUntil = details.memberUntil();
        this.active = details.active();
        updateContact(new MemberContact(details.contactEmail(), details.contactPhone()));
    }

    public final void updateContact(MemberContact contact) {
        this.contactEmail = blankToNull(contact.contactEmail());
        this.contactPhone = blankToNull(contact.contactPhone());
    }

    /** Whether the member belongs to the syndicate on that day (for pro rata temporis sharing later). */
    public boolean isMemberOn(LocalDate day) {
        return !day.isBefore(memberSince) && (memberUntil == null || !day.isAfter(memberUntil));
    }

    /** The fields an audit entry compares. */
    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("name", name);
        values.put("kind", kind);
        values.put("inseeCode", inseeCode);
        values.put("population", population);
        values.put("memberSince", memberSince);
        values.put("memberUntil", memberUntil);
        values.put("active", active);
        values.put("contactEmail", contactEmail);
        values.put("contactPhone", contactPhone);
        return values;
    }

    public MemberDetails details() {
        return new MemberDetails(name, kind, inseeCode, population, memberSince, memberUntil, active,
                contactEmail, contactPhone);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }

    @Override
    public Long owningMemberId() {
        return id;
    }

    public Long getId() {
        return id;
    }

    public String getSlug() {
        return slug;
    }

    public String getName() {
        return name;
    }

    public MemberKind getKind() {
        return kind;
    }

    public String getInseeCode() {
        return inseeCode;
    }

    public int getPopulation() {
        return population;
    }

    public LocalDate getMemberSince() {
        return memberSince;
    }

    public LocalDate getMemberUntil() {
        return memberUntil;
    }

    public boolean isActive() {
        return active;
    }

    public String getContactEmail() {
        return contactEmail;
    }

    public String getContactPhone() {
        return contactPhone;
    }
}
