package fr.guichet.member;

import fr.guichet.common.SqlValues;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The read-only face of the {@code member} table for other domains (reports, costs, usage imports, the
 * backlog's population shares): the facts they need of every member, one statement (a hundred-odd rows).
 * Only the member domain writes the table. No caller check: callers are services that checked their own
 * caller (names and populations of members are public in a syndicate).
 */
@Stateless
public class MemberDirectory {

    /** What other domains know of a member. */
    public record Facts(long id, String name, String slug, String inseeCode, long population, LocalDate since,
                        LocalDate until) {
    }

    private static final String COLUMNS = "SELECT id, name, slug, insee_code, population, member_since, member_until FROM member";

    @PersistenceContext
    private EntityManager em;

    /** Every member, past ones too, by name. */
    @SuppressWarnings("unchecked")
    public List<Facts> all() {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " ORDER BY name, id").getResultList();
        return rows.stream().map(MemberDirectory::facts).toList();
    }

    @SuppressWarnings("unchecked")
    public Optional<Facts> one(long memberId) {
        List<Object[]> rows = em.createNativeQuery(COLUMNS + " WHERE id = ?").setParameter(1, memberId).getResultList();
        return rows.stream().map(MemberDirectory::facts).findFirst();
    }

    public Map<Long, String> names() {
        return names(all());
    }

    /** Names by id of members already read. */
    public static Map<Long, String> names(List<Facts> members) {
        return members.stream().collect(Collectors.toMap(Facts::id, Facts::name));
    }

    /** Member ids by slug and by INSEE code, lower case: how files name members. */
    public static Map<String, Long> byCode(List<Facts> members) {
        Map<String, Long> byCode = new HashMap<>();
        for (Facts member : members) {
            byCode.put(member.slug().toLowerCase(Locale.ROOT), member.id());
            if (member.inseeCode() != null) {
                byCode.put(member.inseeCode().toLowerCase(Locale.ROOT), member.id());
            }
        }
        return byCode;
    }

    private static Facts facts(Object[] r) {
        return new Facts(((Number) r[0]).longValue(), (String) r[1], (String) r[2], (String) r[3], ((Number) r[4]).longValue(),
                SqlValues.date(r[5]), SqlValues.date(r[6]));
    }
}
