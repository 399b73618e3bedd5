package fr.guichet.web.catalog;

import fr.guichet.catalog.CatalogService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.model.SelectItem;
import jakarta.faces.model.SelectItemGroup;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The services in use, grouped by category, for the service selects of ticket pages ({@code #{serviceChoices.byCategory}}). */
@Named
@RequestScoped
public class ServiceChoices {

    @Inject
    private CatalogService catalog;

    private List<SelectItem> byCategory;

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
