package fr.guichet.identity;

import fr.guichet.security.Caller;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Full names of the people shown beside what they wrote (ticket comments, demand discussions), read in
 * one query as a projection: a name is shown, another member's account is never loaded.
 */
@Stateless
public class UserNames {

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public Map<Long, String> of(@NotNull Collection<Long> userIds) {
        caller.required();
        List<Long> ids = userIds.stream().filter(Objects::nonNull).distinct().toList();
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("SELECT u.id, u.fullName FROM UserAccount u WHERE u.id IN :ids", Object[].class)
                .setParameter("ids", ids).getResultStream()
                .collect(Collectors.toMap(row -> (Long) row[0], row -> (String) row[1]));
    }
}
