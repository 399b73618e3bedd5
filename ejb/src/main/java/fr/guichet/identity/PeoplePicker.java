package fr.guichet.identity;

import fr.guichet.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/**
 * Finds active commune users by a few letters of their name or login, for the requester of a ticket taken
 * by phone and for the watchers of a ticket. At most {@link #MAX_CHOICES} come back, in name order along
 * {@code ix_user_full_name}, so the search stays cheap with 30 000 accounts.
 */
@Stateless
public class PeoplePicker {

    public static final int MAX_CHOICES = 10;
    private static final int MIN_LETTERS = 2;

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    /**
     * Users of the given member (all members when null) whose name or login holds the text. Staff may look in
     * every member; a commune user only in their own.
     */
    public List<UserChoice> communeUsers(@NotNull @Size(max = 100) String text, Long memberId) {
        Long member = caller.scope().memberFor(memberId);
        String letters = text.strip();
        if (letters.length() < MIN_LETTERS) {
            return List.of();
        }
        String like = "%" + letters.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return em.createQuery("SELECT NEW fr.guichet.identity.UserChoice(u.id, u.login, u.fullName, m.id, m.name)"
                        + " FROM UserAccount u JOIN u.member m WHERE u.active = TRUE AND (:member IS NULL OR m.id = :member)"
                        + " AND (u.fullName LIKE :like OR u.login LIKE :like) ORDER BY u.fullName, u.id", UserChoice.class)
                .setParameter("member", member).setParameter("like", like).setMaxResults(MAX_CHOICES).getResultList();
    }

    /** One active commune user the caller may choose, or null: what a picker's submitted id stands for. */
    public UserChoice communeUser(long userId) {
        List<UserChoice> found = em.createQuery("SELECT NEW fr.guichet.identity.UserChoice(u.id, u.login, u.fullName, m.id, m.name)"
                        + " FROM UserAccount u JOIN u.member m WHERE u.id = :id AND u.active = TRUE", UserChoice.class)
                .setParameter("id", userId).getResultList();
        return found.stream().filter(choice -> caller.scope().allows(choice.memberId())).findFirst().orElse(null);
    }
}
