package fr.guichet.common;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text that fits its column once encoded in UTF-8: a TEXT column holds 65 535 bytes, which 20 000
 * characters of "é" or emoji exceed. A character limit alone lets such a text reach the database and fail there.
 */
@Documented
@Constraint(validatedBy = MaxBytes.Validator.class)
@Target({ElementType.PARAMETER, ElementType.FIELD, ElementType.METHOD, ElementType.RECORD_COMPONENT, ElementType.TYPE_USE})
@Retention(RetentionPolicy.RUNTIME)
public @interface MaxBytes {

    /** The size of a TEXT column. */
    int TEXT = 65_535;

    int value();

    String message() default "{text.tooManyBytes}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Validator implements ConstraintValidator<MaxBytes, CharSequence> {

        private int limit;

        @Override
        public void initialize(MaxBytes annotation) {
            limit = annotation.value();
        }

        @Override
        public boolean isValid(CharSequence text, ConstraintValidatorContext context) {
            return text == null || Utf8.length(text) <= limit;
        }
    }
}
