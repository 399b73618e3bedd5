package fr.guichet.request;

import fr.guichet.catalog.FieldSpec;
import fr.guichet.catalog.FormRules;
import fr.guichet.common.Decimals;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Checks a request's answers against its form, whatever the channel (page or API), and returns them
 * normalised as text: numbers in plain notation, dates in ISO form, several choices one per line,
 * yes/no as {@code true}/{@code false}. Answers to questions the form does not ask are refused.
 */
public final class AnswerValidator {

    static final int MAX_TEXT = 2000;
    static final int MAX_LONG_TEXT = 10000;
    /** Longer number inputs are not even parsed. */
    private static final int MAX_NUMBER_LENGTH = 40;

    private AnswerValidator() {
    }

    public static Map<String, String> validate(List<FieldSpec> form, Map<String, ?> answers) {
        List<FieldProblem> problems = new ArrayList<>();
        Set<String> known = form.stream().map(FieldSpec::key).collect(Collectors.toSet());
        new TreeSet<>(answers.keySet()).stream().filter(key -> !known.contains(key))
                .forEach(key -> problems.add(new FieldProblem(key, "request.answer.unknown", key)));

        Map<String, String> normalised = new LinkedHashMap<>();
        for (FieldSpec field : form) {
            Object raw = answers.get(field.key());
            if (isEmpty(raw)) {
                if (field.required()) {
                    problems.add(new FieldProblem(field.key(), "request.answer.required", field.label()));
                }
                continue;
            }
            try {
                normalised.put(field.key(), normalise(field, raw));
            } catch (InvalidAnswer invalid) {
                problems.add(new FieldProblem(field.key(), invalid.key, invalid.arguments));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidAnswersException(problems);
        }
        return normalised;
    }

    private static String normalise(FieldSpec field, Object raw) {
        return switch (field.type()) {
            case TEXT, USER -> text(field, raw, MAX_TEXT);
            case LONG_TEXT -> text(field, raw, MAX_LONG_TEXT);
            case NUMBER -> number(field, raw);
            case DATE -> date(field, raw);
            case YES_NO -> yesNo(field, raw);
            case SINGLE_CHOICE -> choice(field, String.valueOf(raw).trim());
            case MULTIPLE_CHOICE -> choices(field, raw);
        };
    }

    private static String text(FieldSpec field, Object raw, int max) {
        if (!(raw instanceof String text)) {
            throw new InvalidAnswer("request.answer.notText", field.label());
        }
        if (text.length() > max) {
            throw new InvalidAnswer("request.answer.tooLong", field.label(), max);
        }
        return text.trim();
    }

    private static String number(FieldSpec field, Object raw) {
        String written = raw instanceof Number n ? n.toString() : String.valueOf(raw).trim().replace(',', '.');
        BigDecimal value;
        try {
            value = written.length() > MAX_NUMBER_LENGTH ? null : new BigDecimal(written);
        } catch (NumberFormatException notANumber) {
            throw new InvalidAnswer("request.answer.notNumber", field.label());
        }
        if (value == null || !Decimals.fits(value, FormRules.NUMBER_INTEGER_DIGITS, FormRules.NUMBER_DECIMALS)) {
            throw new InvalidAnswer("request.answer.tooPrecise", field.label(),
                    FormRules.NUMBER_INTEGER_DIGITS, FormRules.NUMBER_DECIMALS);
        }
        if (field.min() != null && value.compareTo(field.min()) < 0 || field.max() != null && value.compareTo(field.max()) > 0) {
            throw new InvalidAnswer("request.answer.outOfBounds", field.label(), plain(field.min()), plain(field.max()));
        }
        return plain(value);
    }

    private static String date(FieldSpec field, Object raw) {
        try {
            return LocalDate.parse(String.valueOf(raw).trim()).toString();
        } catch (DateTimeParseException notADate) {
            throw new InvalidAnswer("request.answer.notDate", field.label());
        }
    }

    private static String yesNo(FieldSpec field, Object raw) {
        String value = String.valueOf(raw).trim();
        if (raw instanceof Boolean || value.equals("true") || value.equals("false")) {
            return value;
        }
        throw new InvalidAnswer("request.answer.notYesNo", field.label());
    }

    private static String choice(FieldSpec field, String value) {
        if (!field.choices().contains(value)) {
            throw new InvalidAnswer("request.answer.notAChoice", field.label(), value);
        }
        return value;
    }

    private static String choices(FieldSpec field, Object raw) {
        Collection<?> values = raw instanceof Collection<?> list ? list : List.of(raw);
        return values.stream().map(v -> choice(field, String.valueOf(v).trim())).distinct().collect(Collectors.joining("\n"));
    }

    private static boolean isEmpty(Object raw) {
        return raw == null || raw instanceof String s && s.isBlank() || raw instanceof Collection<?> c && c.isEmpty();
    }

    private static String plain(BigDecimal value) {
        return value == null ? "—" : value.stripTrailingZeros().toPlainString();
    }

    private static final class InvalidAnswer extends RuntimeException {

        private final String key;
        private final Object[] arguments;

        InvalidAnswer(String key, Object... arguments) {
            super(key, null, false, false);
            this.key = key;
            this.arguments = arguments;
        }
    }
}
