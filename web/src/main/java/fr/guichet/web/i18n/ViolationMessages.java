package fr.guichet.web.i18n;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.MessageInterpolator;
import jakarta.validation.Validation;
import jakarta.validation.metadata.ConstraintDescriptor;
import java.util.Locale;

/**
 * Words a constraint violation in the caller's language (French for the API) whatever the server's
 * default locale, which is what Bean Validation would use.
 */
public final class ViolationMessages {

    private static final MessageInterpolator INTERPOLATOR =
            Validation.buildDefaultValidatorFactory().getMessageInterpolator();

    private ViolationMessages() {
    }

    public static String of(ConstraintViolation<?> violation, Locale locale) {
        return INTERPOLATOR.interpolate(violation.getMessageTemplate(), new MessageInterpolator.Context() {
            @Override
            public ConstraintDescriptor<?> getConstraintDescriptor() {
                return violation.getConstraintDescriptor();
            }

            @Override
            public Object getValidatedValue() {
                return violation.getInvalidValue();
            }

            @Override
            public <T> T unwrap(Class<T> type) {
                throw new jakarta.validation.ValidationException("no provider-specific context for " + type);
            }
        }, Texts.supported(locale));
    }
}
