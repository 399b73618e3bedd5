package fr.guichet.web.identity;

import fr.guichet.identity.PeoplePicker;
import fr.guichet.identity.UserChoice;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/**
 * A person picked in an autocomplete travels as their id and comes back through {@link PeoplePicker}, so a
 * forged id names nobody the caller may not choose. Pages name it: {@code converter="#{userChoiceConverter}"}.
 */
@Named
@ApplicationScoped
public class UserChoiceConverter implements Converter<UserChoice> {

    @Inject
    private PeoplePicker picker;

    @Override
    public UserChoice getAsObject(FacesContext context, UIComponent component, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        UserChoice choice = null;
        if (value.strip().matches("\\d{1,18}")) {
            choice = picker.communeUser(Long.parseLong(value.strip()));
        }
        if (choice == null) {
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, Texts.get(FacesMessages.pageLocale(), "people.unknown"), null));
        }
        return choice;
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, UserChoice value) {
        return value == null ? "" : Long.toString(value.id());
    }
}
