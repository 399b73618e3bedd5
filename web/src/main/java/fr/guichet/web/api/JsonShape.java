package fr.guichet.web.api;

import fr.guichet.common.Dates;
import fr.guichet.common.Decimals;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Checks a parsed request body against the record it will become, before any binding: every field must
 * exist (a typo is refused, not silently ignored), hold the right kind of value, and stay within bounds
 * (decimals of sane size, integers in range, dates in plausible years, text without control characters).
 * The first problem is thrown as an {@link InvalidJsonException} naming the field's JSON path.
 */
final class JsonShape {

    private JsonShape() {
    }

    static void check(JsonValue value, Type target) {
        check(value, target, "");
    }

    private static void check(JsonValue value, Type target, String path) {
        Class<?> raw = raw(target);
        if (value.getValueType() == JsonValue.ValueType.NULL) {
            if (raw.isPrimitive()) {
                throw new InvalidJsonException(path, kindKey(raw));
            }
            return;
        }
        if (raw.isRecord()) {
            record(object(value, path), raw, path);
        } else if (Map.class.isAssignableFrom(raw)) {
            Type values = argument(target, 1);
            object(value, path).forEach((key, child) -> {
                characters(key, join(path, key));
                check(child, values, join(path, key));
            });
        } else if (Collection.class.isAssignableFrom(raw) || raw.isArray()) {
            Type elements = raw.isArray() ? elementOf(target, raw) : argument(target, 0);
            JsonArray array = array(value, path);
            for (int i = 0; i < array.size(); i++) {
                check(array.get(i), elements, path + "[" + i + "]");
            }
        } else if (raw == String.class) {
            text(value, path);
        } else if (raw == Boolean.class || raw == boolean.class) {
            if (value.getValueType() != JsonValue.ValueType.TRUE && value.getValueType() != JsonValue.ValueType.FALSE) {
                throw new InvalidJsonException(path, "error.json.boolean");
            }
        } else if (Number.class.isAssignableFrom(raw) || raw.isPrimitive()) {
            number(value, raw, path);
        } else if (raw.isEnum()) {
            choice(value, raw, path);
        } else if (raw == LocalDate.class) {
            date(value, path);
        } else {
            free(value, path);
        }
    }

    private static void record(JsonObject object, Class<?> type, String path) {
        Map<String, RecordComponent> components = Arrays.stream(type.getRecordComponents())
                .collect(Collectors.toMap(RecordComponent::getName, c -> c));
        object.forEach((key, child) -> {
            RecordComponent component = components.get(key);
            if (component == null) {
                throw new InvalidJsonException(join(path, key), "error.json.unknownField");
            }
            check(child, component.getGenericType(), join(path, key));
        });
    }

    /** A value of any shape (free answers of a form): only its texts and numbers are bounded. */
    private static void free(JsonValue value, String path) {
        switch (value.getValueType()) {
            case OBJECT -> value.asJsonObject().forEach((key, child) -> {
                characters(key, join(path, key));
                free(child, join(path, key));
            });
            case ARRAY -> {
                JsonArray array = value.asJsonArray();
                for (int i = 0; i < array.size(); i++) {
                    free(array.get(i), path + "[" + i + "]");
                }
            }
            case STRING -> text(value, path);
            case NUMBER -> decimal(value, path);
            default -> {
            }
        }
    }

    private static JsonObject object(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.OBJECT) {
            throw new InvalidJsonException(path, "error.json.object");
        }
        return value.asJsonObject();
    }

    private static JsonArray array(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.ARRAY) {
            throw new InvalidJsonException(path, "error.json.array");
        }
        return value.asJsonArray();
    }

    private static String text(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.STRING) {
            throw new InvalidJsonException(path, "error.json.text");
        }
        return characters(((JsonString) value).getString(), path);
    }

    private static String characters(String text, String path) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean control = c < 0x20 && c != '\t' && c != '\n' && c != '\r';
            // A lone surrogate (sent as an escape) is no character at all: the database would refuse it.
            boolean broken = Character.isHighSurrogate(c)
                    ? i + 1 >= text.length() || !Character.isLowSurrogate(text.charAt(++i))
                    : Character.isLowSurrogate(c);
            if (control || broken) {
                throw new InvalidJsonException(path, "error.json.control");
            }
        }
        return text;
    }

    private static BigDecimal decimal(JsonValue value, String path) {
        if (value.getValueType() != JsonValue.ValueType.NUMBER) {
            throw new InvalidJsonException(path, "error.json.number");
        }
        try {
            BigDecimal number = ((JsonNumber) value).bigDecimalValue();
            if (Decimals.withinInputBounds(number)) {
                return number;
            }
        } catch (NumberFormatException | ArithmeticException tooLong) {
            // the parser's own limit on digits: the same mistake as any other oversized number
        }
        throw new InvalidJsonException(path, "error.json.decimal", Decimals.MAX_INTEGER_DIGITS, Decimals.MAX_DECIMALS);
    }

    private static void number(JsonValue value, Class<?> type, String path) {
        BigDecimal number = decimal(value, path);
        long[] range = integerRange(type);
        if (range == null) {
            return;
        }
        boolean integral = number.signum() == 0 || number.stripTrailingZeros().scale() <= 0;
        if (!integral || number.compareTo(BigDecimal.valueOf(range[0])) < 0 || number.compareTo(BigDecimal.valueOf(range[1])) > 0) {
            throw new InvalidJsonException(path, "error.json.integer", range[0], range[1]);
        }
    }

    /** The bounds of an integral type, or null for a decimal one. */
    private static long[] integerRange(Class<?> type) {
        if (type == Long.class || type == long.class || type == BigInteger.class) {
            return new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
        }
        if (type == Integer.class || type == int.class) {
            return new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
        }
        if (type == Short.class || type == short.class) {
            return new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
        }
        if (type == Byte.class || type == byte.class) {
            return new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
        }
        return null;
    }

    private static void choice(JsonValue value, Class<?> type, String path) {
        String names = Arrays.stream(type.getEnumConstants()).map(c -> ((Enum<?>) c).name()).collect(Collectors.joining(", "));
        if (value.getValueType() != JsonValue.ValueType.STRING
                || Arrays.stream(type.getEnumConstants()).noneMatch(c -> ((Enum<?>) c).name().equals(((JsonString) value).getString()))) {
            throw new InvalidJsonException(path, "error.json.choice", names);
        }
    }

    private static void date(JsonValue value, String path) {
        try {
            if (Dates.withinInputBounds(LocalDate.parse(text(value, path)))) {
                return;
            }
        } catch (DateTimeParseException malformed) {
            // said below, with the expected form
        }
        throw new InvalidJsonException(path, "error.json.date", Dates.FIRST.toString(), Dates.LAST.toString());
    }

    private static String kindKey(Class<?> primitive) {
        return primitive == boolean.class ? "error.json.boolean" : "error.json.number";
    }

    private static String join(String path, String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p) {
            return raw(p.getRawType());
        }
        if (type instanceof GenericArrayType a) {
            return java.lang.reflect.Array.newInstance(raw(a.getGenericComponentType()), 0).getClass();
        }
        if (type instanceof WildcardType w) {
            return raw(w.getUpperBounds()[0]);
        }
        if (type instanceof TypeVariable<?> v) {
            return raw(v.getBounds()[0]);
        }
        return Object.class;
    }

    private static Type argument(Type type, int index) {
        return type instanceof ParameterizedType p && p.getActualTypeArguments().length > index
                ? p.getActualTypeArguments()[index] : Object.class;
    }

    private static Type elementOf(Type type, Class<?> raw) {
        return type instanceof GenericArrayType a ? a.getGenericComponentType() : raw.getComponentType();
    }
}
