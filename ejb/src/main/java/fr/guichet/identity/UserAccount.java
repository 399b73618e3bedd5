package fr.guichet.identity;

import fr.guichet.member.Member;
import fr.guichet.notification.Recipient;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.MemberOwned;
import fr.guichet.security.Role;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** A person who logs in: a member's agent or référent, or syndicate staff (no member). */
@Entity
@Table(name = "user_account")
@NamedQuery(name = "UserAccount.findByLogin", query = "SELECT u FROM UserAccount u WHERE u.login = :login")
public class UserAccount implements MemberOwned {

    public static final int DEFAULT_DIGEST_HOUR = 8;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, updatable = false)
    private String login;

    @Column(name = "full_name", nullable = false)
    private String fullName;

    @Column(nullable = false)
    private String email;

    @ManyToOne
    @JoinColumn(name = "member_id")
    private Member member;

    @Column(name = "password_hash", nullable = false)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private Instant passwordChangedAt;

    private boolean active = true;

    @Column(nullable = false)
    private String locale = "fr";

    @Enumerated(EnumType.STRING)
    @Column(name = "mail_preference", nullable = false)
    private MailPreference mailPreference = MailPreference.IMMEDIATE;

    /** The hour (Paris) of the daily digest, for {@link MailPreference#DIGEST}. */
    @Column(name = "digest_hour")
    private int digestHour = DEFAULT_DIGEST_HOUR;

    @Column(name = "last_login_at")
    private Instant lastLoginAt;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_role", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    @Version
    private int version;

    protected UserAccount() {
    }

    public UserAccount(String login, String fullName, String email, Member member, Set<Role> roles,
                       String passwordHash, Instant now) {
        RoleRules.check(member != null, roles);
        this.login = login;
        this.fullName = fullName;
        this.email = email;
        this.member = member;
        this.roles = EnumSet.copyOf(roles);
        this.passwordHash = passwordHash;
        this.passwordChangedAt = now;
        this.createdAt = now;
    }

    public void changePassword(String newHash, Instant now) {
        this.passwordHash = newHash;
        this.passwordChangedAt = now;
    }

    public void deactivate() {
        this.active = false;
    }

    public void reactivate() {
        this.active = true;
    }

    public void update(String fullName, String email, Set<Role> roles, String locale, MailPreference preference) {
        RoleRules.check(member != null, roles);
        this.fullName = fullName;
        this.email = email;
        this.roles = EnumSet.copyOf(roles);
        this.locale = locale;
        this.mailPreference = preference;
    }

    public void changePreferences(String locale, MailPreference preference, int digestHour) {
        this.locale = locale;
        this.mailPreference = preference;
        this.digestHour = digestHour;
    }

    public CallerIdentity identity() {
        return new CallerIdentity(id, login, fullName, member == null ? null : member.getId(),
                member == null ? null : member.getName(), roles, locale);
    }

    public Recipient recipient() {
        return recipient(email, fullName, login, locale, mailPreference, digestHour);
    }

    /** The same from a projection of the account's columns (a mail's recipients are read in one query). */
    public static Recipient recipient(String email, String fullName, String login, String locale, MailPreference preference,
                                      int digestHour) {
        return new Recipient(email, fullName, login, locale, preference != MailPreference.NONE,
                preference == MailPreference.DIGEST ? digestHour : null);
    }

    /** The active référents of these members, the people a member's news goes to; by id. */
    public static List<UserAccount> activeReferentsOf(EntityManager em, Collection<Long> memberIds) {
        return memberIds.isEmpty() ? List.of() : em.createQuery("SELECT u FROM UserAccount u JOIN u.roles r WHERE u.member.id IN :members"
                        + " AND r = :role AND u.active = TRUE ORDER BY u.id", UserAccount.class)
                .setParameter("members", memberIds).setParameter("role", Role.REFERENT).getResultList();
    }

    /** The fields an audit entry compares; the password hash is left out on purpose. */
    public Map<String, Object> snapshot() {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("login", login);
        values.put("fullName", fullName);
        values.put("email", email);
        values.put("member", member == null ? null : member.getName());
        values.put("roles", new TreeSet<>(roles));
        values.put("active", active);
        values.put("locale", locale);
        values.put("mailPreference", mailPreference);
        values.put("digestHour", digestHour);
        return values;
    }

    @Override
    public Long owningMemberId() {
        return member == null ? null : member.getId();
    }

    public Long getId() {
        return id;
    }

    public String getLogin() {
        return login;
    }

    public String getFullName() {
        return fullName;
    }

    public String getEmail() {
        return email;
    }

    public Member getMember() {
        return member;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public Instant getPasswordChangedAt() {
        return passwordChangedAt;
    }

    public boolean isActive() {
        return active;
    }

    public String getLocale() {
        return locale;
    }

    public MailPreference getMailPreference() {
        return mailPreference;
    }

    public int getDigestHour() {
        return digestHour;
    }

    public Instant getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<Role> getRoles() {
        return Set.copyOf(roles);
    }
}
