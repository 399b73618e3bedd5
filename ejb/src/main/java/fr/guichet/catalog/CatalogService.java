package fr.guichet.catalog;

import fr.guichet.audit.AuditLog;
import fr.guichet.audit.ChangeSummary;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.NotFoundException;
import fr.guichet.security.Caller;
import fr.guichet.security.Role;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.time.Instant;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The shared catalogue: every logged-in user may browse it (it is co-built with the members), search it
 * in full text and read a service with its current request form.
 */
@Stateless
public class CatalogService {

    static final String ENTITY = "service";

    @PersistenceContext
    private EntityManager em;

    @Inject
    private Caller caller;

    @Inject
    private AuditLog audit;

    public List<Category> categories() {
        return em.createQuery("SELECT c FROM Category c ORDER BY c.position", Category.class).getResultList();
    }

    /**
     * One page of services by name. Full text goes through the FULLTEXT index with a native query; the
     * page's rows are then read in one JPQL query.
     */
    public Page<ServiceOffering> search(CatalogFilter filter, PageRequest page) {
        List<Object> parameters = new ArrayList<>();
        String text = FullTextQuery.of(filter.text());
        String where = where(filter, text, parameters);
        // Best matches first when searching, else alphabetical.
        String order = text.isEmpty() ? " ORDER BY s.name, s.id"
                : " ORDER BY MATCH (s.name, s.summary, s.description_text, s.tags) AGAINST (? IN BOOLEAN MODE) DESC, s.name, s.id";
        Query count = em.createNativeQuery("SELECT COUNT(*) FROM catalog_service s JOIN catalog_category c ON c.id = s.category_id" + where);
        Query ids = em.createNativeQuery("SELECT s.id FROM catalog_service s JOIN catalog_category c ON c.id = s.category_id"
                + where + order + " LIMIT " + page.size() + " OFFSET " + page.offset());
        for (int i = 0; i < parameters.size(); i++) {
            count.setParameter(i + 1, parameters.get(i));
            ids.setParameter(i + 1, parameters.get(i));
        }
        if (!text.isEmpty()) {
            ids.setParameter(parameters.size() + 1, text);
        }
        long total = ((Number) count.getSingleResult()).longValue();
        List<Long> pageIds = ((List<?>) ids.getResultList()).stream().map(id -> ((Number) id).longValue()).toList();
        return new Page<>(byIds(pageIds), total, page.page(), page.size());
    }

    private static String where(CatalogFilter filter, String text, List<Object> parameters) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        if (!text.isEmpty()) {
            where.append(" AND MATCH (s.name, s.summary, s.description_text, s.tags) AGAINST (? IN BOOLEAN MODE)");
            parameters.add(text);
        }
        if (filter.categoryCode() != null && !filter.categoryCode().isBlank()) {
            where.append(" AND c.code = ?");
            parameters.add(filter.categoryCode());
        }
        if (filter.lifecycle() != null) {
            where.append(" AND s.lifecycle = ?");
            parameters.add(filter.lifecycle().name());
        } else if (!filter.includeRetired()) {
            where.append(" AND s.lifecycle <> 'RETIRED'");
        }
        if (filter.licence() != null) {
            where.append(" AND s.licence_type = ?");
            parameters.add(filter.licence().name());
        }
        if (filter.funding() != null) {
            where.append(" AND s.funding_mode = ?");
            parameters.add(filter.funding().name());
        }
        return where.toString();
    }

    private List<ServiceOffering> byIds(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, ServiceOffering> found = em.createQuery("SELECT s FROM ServiceOffering s WHERE s.id IN :ids", ServiceOffering.class)
                .setParameter("ids", ids).getResultList().stream()
                .collect(Collectors.toMap(ServiceOffering::getId, Function.identity()));
        return ids.stream().map(found::get).toList();
    }

    public ServiceOffering get(long id) {
        return Optional.ofNullable(em.find(ServiceOffering.class, id)).orElseThrow(() -> new NotFoundException(ENTITY, id));
    }

    /** The form new requests are filed with: the highest version. */
    public RequestForm currentForm(long serviceId) {
        return em.createQuery("SELECT f FROM RequestForm f WHERE f.serviceId = :service ORDER BY f.version DESC", RequestForm.class)
                .setParameter("service", serviceId).setMaxResults(1).getResultStream().findFirst()
                .orElseThrow(() -> new NotFoundException("form", serviceId));
    }

    public RequestForm form(long formId) {
        return Optional.ofNullable(em.find(RequestForm.class, formId)).orElseThrow(() -> new NotFoundException("form", formId));
    }

    /** A project manager adds a service with the first version of its request form. */
    public ServiceOffering create(@NotNull @Valid ServiceDetails details, @NotNull List<FieldDefinition> form, String links) {
        caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
        FormRules.check(form);
        List<LinkLines.Link> parsedLinks = LinkLines.parse(links);
        boolean taken = !em.createQuery("SELECT s.id FROM ServiceOffering s WHERE s.code = :code", Long.class)
                .setParameter("code", details.code()).getResultList().isEmpty();
        if (taken) {
            throw new BusinessRuleException("service.code.taken", details.code());
        }
        ServiceOffering service = new ServiceOffering(category(details.categoryCode()), details);
        em.persist(service);
        em.flush();
        audit.record("CREATE", ENTITY, service.getId(), null, ChangeSummary.of(service.snapshot()));
        publish(service.getId(), form, 1);
        replaceLinks(service.getId(), parsedLinks);
        return service;
    }

    public ServiceOffering update(long id, @NotNull @Valid ServiceDetails details, String links) {
        caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
        List<LinkLines.Link> parsedLinks = LinkLines.parse(links);
        ServiceOffering service = get(id);
        var before = service.snapshot();
        service.apply(category(details.categoryCode()), details);
        audit.record("UPDATE", ENTITY, id, null, ChangeSummary.between(before, service.snapshot()));
        replaceLinks(id, parsedLinks);
        return service;
    }

    /** Services in use (not retired) as (id, name, category name), by category then name: for pickers. */
    public List<Object[]> serviceChoices() {
        return em.createQuery("SELECT s.id, s.name, c.name FROM ServiceOffering s JOIN s.category c"
                + " WHERE s.lifecycle <> :retired ORDER BY c.position, s.name", Object[].class)
                .setParameter("retired", Lifecycle.RETIRED).getResultList();
    }

    public List<ServiceLink> links(long serviceId) {
        return em.createQuery("SELECT l FROM ServiceLink l WHERE l.serviceId = :service ORDER BY l.position", ServiceLink.class)
                .setParameter("service", serviceId).getResultList();
    }

    /** Replaces a service's links and documents with those typed in the editor. */
    private void replaceLinks(long serviceId, List<LinkLines.Link> links) {
        em.createQuery("DELETE FROM ServiceLink l WHERE l.serviceId = :service").setParameter("service", serviceId).executeUpdate();
        for (int i = 0; i < links.size(); i++) {
            em.persist(new ServiceLink(serviceId, links.get(i).label(), links.get(i).url(), i + 1));
        }
        audit.record("UPDATE_LINKS", ENTITY, serviceId, null, links.size() + " liens");
    }

    /** Publishes a new version of the form; requests already filed keep the version they used. */
    public RequestForm publishForm(long serviceId, @NotNull List<FieldDefinition> fields) {
        caller.requireAnyRole(Role.MANAGER, Role.ADMIN);
        get(serviceId);
        FormRules.check(fields);
        int next = currentForm(serviceId).getVersion() + 1;
        return publish(serviceId, fields, next);
    }

    private RequestForm publish(long serviceId, List<FieldDefinition> fields, int version) {
        RequestForm form = new RequestForm(serviceId, version, fields, Instant.now());
        em.persist(form);
        em.flush();
        audit.record("PUBLISH_FORM", ENTITY, serviceId, null, "version " + version + ", " + fields.size() + " questions");
        return form;
    }

    private Category category(String code) {
        return em.createQuery("SELECT c FROM Category c WHERE c.code = :code", Category.class).setParameter("code", code)
                .getResultStream().findFirst().orElseThrow(() -> new BusinessRuleException("service.category.unknown", code));
    }
}
