package fr.guichet.usage;

import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.member.MemberDirectory;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Members (by slug and INSEE code) and measured services (by code), read once per import: small reference tables. */
final class UsageReferences implements UsageCsv.References {

    private final Map<String, Long> members;
    private final Map<String, Long> services = new HashMap<>();
    private final Set<Long> memberIds = new HashSet<>();
    private final Set<Long> serviceIds = new HashSet<>();

    UsageReferences(List<MemberDirectory.Facts> allMembers, List<ServiceDirectory.Measured> measured) {
        members = MemberDirectory.byCode(allMembers);
        allMembers.forEach(member -> memberIds.add(member.id()));
        for (ServiceDirectory.Measured service : measured) {
            serviceIds.add(service.id());
            services.put(service.code().toLowerCase(Locale.ROOT), service.id());
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
