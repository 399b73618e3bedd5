package fr.guichet.usage;

import jakarta.persistence.EntityManager;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Members (by slug and INSEE code) and measured services (by code), read once per import: small reference tables. */
final class UsageReferences implements UsageCsv.References {

    private final Map<String, Long> members = new HashMap<>();
    private final Map<String, Long> services = new HashMap<>();
    private final Set<Long> memberIds = new HashSet<>();
    private final Set<Long> serviceIds = new HashSet<>();

    @SuppressWarnings("unchecked")
    UsageReferences(EntityManager em) {
        for (Object[] row : (List<Object[]>) em.createNativeQuery("SELECT id, slug, insee_code FROM member").getResultList()) {
            long id = ((Number) row[0]).longValue();
            memberIds.add(id);
            members.put(((String) row[1]).toLowerCase(Locale.ROOT), id);
            if (row[2] != null) {
                members.put(((String) row[2]).toLowerCase(Locale.ROOT), id);
            }
        }
        for (Object[] row : (List<Object[]>) em.createNativeQuery(
                "SELECT id, code FROM catalog_service WHERE usage_indicator IS NOT NULL").getResultList()) {
            long id = ((Number) row[0]).longValue();
            serviceIds.add(id);
            services.put(((String) row[1]).toLowerCase(Locale.ROOT), id);
        }
    }

    @Override
    public Optional<Long> member(String slugOrInsee) {
        return Optional.ofNullable(members.get(slugOrInsee.toLowerCase(Locale.ROOT)));
    }

    @Override
    public Optional<Long> measuredService(String code) {
        return Optional.ofNullable(services.get(code.toLowerCase(Locale.ROOT)));
    }

    boolean isMember(long id) {
        return memberIds.contains(id);
    }

    boolean isMeasured(long id) {
        return serviceIds.contains(id);
    }
}
