package fr.guichet.cmdb;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.ChangeSummary;
import fr.guichet.catalog.ServiceDirectory;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.CsvFiles;
import fr.guichet.common.CsvSheet;
import fr.guichet.common.InvalidImportException;
import fr.guichet.common.NotFoundException;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.member.MemberDirectory;
import fr.guichet.security.Caller;
import fr.guichet.security.CallerIdentity;
import fr.guichet.security.MemberScope;
import fr.guichet.security.Role;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Configuration items. Technicians, managers and administrators keep every member's; a commune user reads their own
 * member's only (another member's item is "not found"). Every change is audited; an import is all or nothing.
 */
@Stateless
public class ConfigurationItems {

    static final String ENTITY = "configuration_item";
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;
    private static final Role[] KEEPERS = {Role.TECHNICIAN, Role.MANAGER, Role.ADMIN};

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    @Inject
    private MemberDirectory members;

    @Inject
    private ServiceDirectory services;

    /**
     * By name, in the caller's scope. Each order comes from an index: (member, name) for a member's list,
     * (service, name) for a service's, (name) otherwise; kind and state only sieve the rows read.
     */
    public Page<ItemSummary> page(@NotNull ItemFilter filter, @NotNull PageRequest request) {
        CallerIdentity who = caller.required();
        Long member = who.scope().memberFor(filter.memberId());
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        Map<String, Object> parameters = new HashMap<>();
        if (member != null) {
            where.append(" AND i.memberId = :member");
            parameters.put("member", member);
        }
        if (filter.serviceId() != null) {
            where.append(" AND i.serviceId = :service");
            parameters.put("service", filter.serviceId());
        }
        if (filter.kind() != null) {
            where.append(" AND i.kind = :kind");
            parameters.put("kind", filter.kind());
        }
        if (filter.state() != null) {
            where.append(" AND i.state = :state");
            parameters.put("state", filter.state());
        }
        TypedQuery<Long> count = em.createQuery("SELECT COUNT(i) FROM ConfigurationItem i" + where, Long.class);
        TypedQuery<ConfigurationItem> rows = em.createQuery("SELECT i FROM ConfigurationItem i" + where + " ORDER BY i.name, i.id",
                ConfigurationItem.class);
        parameters.forEach((name, value) -> {
            count.setParameter(name, value);
            rows.setParameter(name, value);
        });
        List<ItemSummary> items = rows.setFirstResult(request.offset()).setMaxResults(request.size()).getResultStream()
                .map(ItemSummary::of).toList();
        return new Page<>(items, count.getSingleResult(), request.page(), request.size());
    }

    public ConfigurationItem get(long id) {
        return readable(id, caller.required().scope());
    }

    /** Staff pick items by the start of their name (a change's scope): from the name index, at most {@code limit}. */
    public List<ItemSummary> search(String text, int limit) {
        caller.requireStaff(Role.TECHNICIAN, Role.MANAGER, Role.DIRECTOR, Role.ADMIN);
        // '!' escapes: a backslash would need escaping again in MariaDB's string literal.
        String prefix = text == null ? "" : text.strip().replace("!", "!!").replace("%", "!%").replace("_", "!_");
        return em.createQuery("SELECT i FROM ConfigurationItem i WHERE i.name LIKE :prefix ESCAPE '!' ORDER BY i.name, i.id",
                        ConfigurationItem.class).setParameter("prefix", prefix + "%").setMaxResults(Math.min(limit, 50))
                .getResultStream().map(ItemSummary::of).toList();
    }

    /** The items a ticket of this member may name: those not retired, by name. */
    public List<ItemSummary> choicesFor(long memberId) {
        Long member = caller.required().scope().memberFor(memberId);
        return em.createQuery("SELECT i FROM ConfigurationItem i WHERE i.memberId = :member AND i.state <> :retired ORDER BY i.name, i.id",
                        ConfigurationItem.class).setParameter("member", member).setParameter("retired", ItemState.RETIRED)
                .setMaxResults(500).getResultStream().map(ItemSummary::of).toList();
    }

    /**
     * Refuses an item a ticket of {@code memberId} may not name: another member's (read without loading it, which
     * member isolation would refuse less clearly) or a retired one.
     */
    @SuppressWarnings("unchecked")
    public void requireNameable(long itemId, long memberId) {
        List<Object[]> rows = em.createNativeQuery("SELECT member_id, state, name FROM configuration_item WHERE id = ?")
                .setParameter(1, itemId).getResultList();
        if (rows.isEmpty() || ((Number) rows.get(0)[0]).longValue() != memberId) {
            throw new BusinessRuleException("cmdb.ticket.item");
        }
        if (ItemState.valueOf((String) rows.get(0)[1]) == ItemState.RETIRED) {
            throw new BusinessRuleException("cmdb.ticket.retired", rows.get(0)[2]);
        }
    }

    /** The item a ticket names, for whoever may read the ticket (its member's item). */
    public Optional<ItemSummary> summary(long itemId) {
        return Optional.ofNullable(em.find(ConfigurationItem.class, itemId)).map(ItemSummary::of);
    }

    /** Refuses a caller who may not keep these records, before a body is even checked. */
    public void requireKeeper() {
        caller.requireStaff(KEEPERS);
    }

    public ConfigurationItem create(@NotNull @Valid ItemDraft draft) {
        CallerIdentity who = caller.requireStaff(KEEPERS);
        checkReferences(draft);
        checkNameFree(draft, null);
        ConfigurationItem item = new ConfigurationItem(draft, subscriptionOf(draft), who.login(), Instant.now());
        em.persist(item);
        em.flush();
        audit.record("CREATE", ENTITY, item.getId(), item.getMemberId(), describe(draft));
        return item;
    }

    /** Changes an item; {@code version} is the one the editor read, so that two editors do not overwrite each other. */
    public ConfigurationItem update(long id, int version, @NotNull @Valid ItemDraft draft) {
        CallerIdentity who = caller.requireStaff(KEEPERS);
        ConfigurationItem item = readable(id, MemberScope.ALL_MEMBERS);
        if (item.getVersion() != version) {
            throw new BusinessRuleException("cmdb.item.stale");
        }
        if (draft.memberId() != item.getMemberId()) {
            throw new BusinessRuleException("cmdb.item.member");
        }
        checkReferences(draft);
        checkNameFree(draft, id);
        Map<String, Object> before = snapshot(item.draft());
        item.change(draft, subscriptionOf(draft), who.login(), Instant.now());
        em.flush();
        audit.record("UPDATE", ENTITY, id, item.getMemberId(), ChangeSummary.between(before, snapshot(draft)));
        return item;
    }

    /** Reads and checks an inventory file, keeping nothing: how many items it would add and update, and every bad line. */
    public ImportPreview preview(byte[] content) {
        caller.requireStaff(KEEPERS);
        ItemCsv.Sheet sheet = read(content);
        int existing = existing(sheet).size();
        return new ImportPreview(new ImportSummary(sheet.lineCount(), sheet.items().size() - existing, existing), sheet.problems());
    }

    /** Adds and updates the file's items, all or none: one bad line and nothing is kept. */
    public ImportSummary importFile(String fileName, byte[] content) {
        CallerIdentity who = caller.requireStaff(KEEPERS);
        ItemCsv.Sheet sheet = read(content);
        if (!sheet.isValid()) {
            throw new InvalidImportException(sheet.problems());
        }
        Map<String, ConfigurationItem> existing = existing(sheet);
        Instant now = Instant.now();
        int created = 0;
        for (CsvSheet.Line<ItemDraft> line : sheet.items()) {
            ItemDraft draft = line.value();
            ConfigurationItem item = existing.get(key(draft.memberId(), draft.name()));
            if (item == null) {
                em.persist(new ConfigurationItem(draft, subscriptionOf(draft), who.login(), now));
                created++;
            } else {
                item.change(draft, subscriptionOf(draft), who.login(), now);
            }
        }
        String name = fileName == null || fileName.isBlank() ? "import.csv" : fileName.strip();
        audit.record("IMPORT", ENTITY, name.length() > 40 ? name.substring(0, 40) : name, null,
                created + " créé(s), " + (sheet.items().size() - created) + " mis à jour");
        return new ImportSummary(sheet.lineCount(), created, sheet.items().size() - created);
    }

    private ItemCsv.Sheet read(byte[] content) {
        Map<String, Long> memberCodes = MemberDirectory.byCode(members.all());
        Map<String, Long> serviceCodes = services.offered(null).stream()
                .collect(Collectors.toMap(s -> s.code().toLowerCase(Locale.ROOT), ServiceDirectory.Offered::id));
        return ItemCsv.read(CsvFiles.text(content, MAX_FILE_BYTES), new ItemCsv.References() {
            @Override
            public Optional<Long> member(String code) {
                return Optional.ofNullable(memberCodes.get(code.toLowerCase(Locale.ROOT)));
            }

            @Override
            public Optional<Long> service(String code) {
                return Optional.ofNullable(serviceCodes.get(code.toLowerCase(Locale.ROOT)));
            }
        });
    }

    /** The items of the file's members that the file names again, by member and folded name. */
    private Map<String, ConfigurationItem> existing(ItemCsv.Sheet sheet) {
        Set<Long> memberIds = sheet.items().stream().map(l -> l.value().memberId()).collect(Collectors.toSet());
        if (memberIds.isEmpty()) {
            return Map.of();
        }
        Set<String> named = sheet.items().stream().map(l -> key(l.value().memberId(), l.value().name())).collect(Collectors.toSet());
        return em.createQuery("SELECT i FROM ConfigurationItem i WHERE i.memberId IN :members", ConfigurationItem.class)
                .setParameter("members", memberIds).getResultStream()
                .filter(i -> named.contains(key(i.getMemberId(), i.getName())))
                .collect(Collectors.toMap(i -> key(i.getMemberId(), i.getName()), i -> i, (a, b) -> a));
    }

    private static String key(long memberId, String name) {
        return memberId + "/" + ItemCsv.folded(name);
    }

    private void checkReferences(ItemDraft draft) {
        if (members.one(draft.memberId()).isEmpty()) {
            throw new NotFoundException("member", draft.memberId());
        }
        if (draft.serviceId() != null && services.offered(draft.serviceId()).isEmpty()) {
            throw new BusinessRuleException("cmdb.service.unknown", draft.serviceId());
        }
        List<ItemAttributes.Problem> problems = ItemAttributes.check(draft.kind(), draft.attributes());
        if (!problems.isEmpty()) {
            throw new BusinessRuleException(problems.get(0).messageKey(), problems.get(0).arguments().toArray());
        }
    }

    /** The database compares names without case or accents (the unique key's collation), as imports do. */
    private void checkNameFree(ItemDraft draft, Long exceptId) {
        long taken = em.createQuery("SELECT COUNT(i) FROM ConfigurationItem i WHERE i.memberId = :member AND i.name = :name"
                        + " AND i.id <> :except", Long.class).setParameter("member", draft.memberId()).setParameter("name", draft.name())
                .setParameter("except", exceptId == null ? -1L : exceptId).getSingleResult();
        if (taken > 0) {
            throw new BusinessRuleException("cmdb.name.taken", draft.name());
        }
    }

    /** The member's subscription to the item's service, when it has one. */
    private Long subscriptionOf(ItemDraft draft) {
        if (draft.serviceId() == null) {
            return null;
        }
        List<?> ids = em.createNativeQuery("SELECT id FROM subscription WHERE member_id = ? AND service_id = ?")
                .setParameter(1, draft.memberId()).setParameter(2, draft.serviceId()).getResultList();
        return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
    }

    private ConfigurationItem readable(long id, MemberScope scope) {
        ConfigurationItem item = em.find(ConfigurationItem.class, id);
        if (item == null || !scope.allows(item.getMemberId())) {
            throw new NotFoundException(ENTITY, id);
        }
        return item;
    }

    private static Map<String, Object> snapshot(ItemDraft draft) {
        Map<String, Object> values = new HashMap<>();
        values.put("service", draft.serviceId());
        values.put("kind", draft.kind());
        values.put("name", draft.name());
        values.put("state", draft.state());
        values.put("attributes", ItemAttributes.stored(draft.kind(), draft.attributes()).strip().replace('\n', ' '));
        return values;
    }

    private static String describe(ItemDraft draft) {
        return draft.kind() + " " + draft.name() + " (" + draft.state() + ")";
    }
}
