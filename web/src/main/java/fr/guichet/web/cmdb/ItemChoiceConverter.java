package fr.guichet.web.cmdb;

import fr.guichet.cmdb.ConfigurationItems;
import fr.guichet.cmdb.ItemSummary;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** An item picked in an autocomplete travels as its id; an id that names no item is dropped. */
@Named
@ApplicationScoped
public class ItemChoiceConverter implements Converter<ItemSummary> {

    @Inject
    private ConfigurationItems items;

    @Override
    public ItemSummary getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || !value.strip().matches("\\d{1,18}")) {
            return null;
        }
        return items.summary(Long.parseLong(value.strip())).orElse(null);
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, ItemSummary value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
