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
            return text == null || utf8Length(text) <= limit;
        }

        /** The UTF-8 length of a text, counted without encoding it. */
        static long utf8Length(CharSequence text) {
            long bytes = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c < 0x80) {
                    bytes += 1;
                } else if (c < 0x800) {
                    bytes += 2;
                } else if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                    bytes += 4;
                    i++;
                } else {
                    bytes += 3;
                }
            }
            return bytes;
        }
    }
}
