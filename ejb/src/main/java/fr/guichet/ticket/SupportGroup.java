package fr.guichet.ticket;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/** A team of the syndicate that works a queue of tickets (Support N1, Réseau, Sécurité...). */
@Entity
@Table(name = "support_group")
public class SupportGroup implements Serializable {

    private static final long serialVersionUID = 1L;

    public static final String FIRST_LINE = "support-n1";
    public static final String SECURITY = "securite";

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String code;

    private String name;

    @Column(name = "manager_id")
    private Long managerId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "support_group_member", joinColumns = @JoinColumn(name = "group_id"))
    @Column(name = "user_id")
    private Set<Long> memberIds = new HashSet<>();

    protected SupportGroup() {
    }

    SupportGroup(String code, String name, Long managerId, Set<Long> memberIds) {
        this.code = code;
        change(name, managerId, memberIds);
    }

    void change(String name, Long managerId, Set<Long> memberIds) {
        this.name = name;
        this.managerId = managerId;
        this.memberIds = new HashSet<>(memberIds);
    }

    public boolean includes(long userId) {
        return memberIds.contains(userId);
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public String getName() {
        return name;
    }

    public Long getManagerId() {
        return managerId;
    }

    public Set<Long> getMemberIds() {
        return Set.copyOf(memberIds);
    }
}
