package fr.guichet.web.catalog;

import fr.guichet.catalog.CatalogService;
import fr.guichet.catalog.ServiceDirectory;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The services for selects: in use, grouped by category, for ticket pages ({@code #{serviceChoices.byCategory}});
 * every one (retired ones too, which old records name) by name, for incidents, problems, changes and items
 * ({@code #{serviceChoices.byName}}, entries of id and name).
 */
@Named
@RequestScoped
public class ServiceChoices {

    @Inject
    private CatalogService catalog;

    @Inject
    private ServiceDirectory services;

    private List<SelectItem> byCategory;
    private List<Map.Entry<Long, String>> byName;

    public List<Map.Entry<Long, String>> getByName() {
        if (byName == null) {
            byName = services.names().entrySet().stream().sorted(Map.Entry.comparingByValue()).toList();
        }
        return byName;
    }

    public List<SelectItem> getByCategory() {
        if (byCategory == null) {
            Map<String, List<SelectItem>> groups = new LinkedHashMap<>();
            for (Object[] service : catalog.serviceChoices()) {
                groups.computeIfAbsent((String) service[2], c -> new ArrayList<>()).add(new SelectItem(service[0], (String) service[1]));
            }
            byCategory = new ArrayList<>();
            groups.forEach((category, items) -> byCategory.add(new SelectItemGroup(category, null, false, items.toArray(new SelectItem[0]))));
        }
        return byCategory;
    }
}
