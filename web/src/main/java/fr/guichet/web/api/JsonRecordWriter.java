package fr.guichet.web.api;

import jakarta.json.Json;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.json.stream.JsonGenerator;
import jakarta.json.stream.JsonGeneratorFactory;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Writes the API's answers (records, lists and maps of them) as JSON the way JSON-B does by default
 * (properties in alphabetical order, null properties left out, ISO dates), in one pass. JSON-B (Yasson)
 * keeps every object it writes in a hash set to detect cycles, and a record's hash walks all its fields:
 * a page of 50 tickets was hashed again and again, a fifth of a list call's time. Records cannot form
 * cycles, so none is looked for. Anything else falls back to JSON-B.
 */
@Provider
@Produces({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonRecordWriter implements MessageBodyWriter<Object> {

    private static final Map<Class<?>, Method[]> ACCESSORS = new ConcurrentHashMap<>();
    private static final Jsonb JSONB = JsonbBuilder.create();
    /** Made once: {@code Json.createGenerator} looks its provider up through ServiceLoader at every call. */
    private static final JsonGeneratorFactory GENERATORS = Json.createGeneratorFactory(Map.of());

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() || Collection.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object value, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream entity) throws IOException {
        ByteArrayOutputStream written = new ByteArrayOutputStream(1024);
        try (JsonGenerator json = GENERATORS.createGenerator(written, StandardCharsets.UTF_8)) {
            write(json, null, value);
        } catch (NotARecordValue other) {
            JSONB.toJson(value, genericType, entity);
            return;
        }
        written.writeTo(entity);
    }

    /** Writes a value, after its key when it is a property or a map entry (name not null). */
    static void write(JsonGenerator json, String name, Object value) {
        if (name != null) {
            json.writeKey(name);
        }
        if (value instanceof Collection<?> items) {
            json.writeStartArray();
            items.forEach(item -> write(json, null, item));
            json.writeEnd();
        } else if (value instanceof Map<?, ?> entries) {
            json.writeStartObject();
            entries.forEach((key, entry) -> write(json, key instanceof String text ? text : unsupported(key), entry));
            json.writeEnd();
        } else if (value != null && value.getClass().isRecord()) {
            json.writeStartObject();
            for (Method accessor : accessors(value.getClass())) {
                Object property = read(accessor, value);
                if (property != null) {
                    write(json, accessor.getName(), property);
                }
            }
            json.writeEnd();
        } else {
            scalar(json, value);
        }
    }

    private static void scalar(JsonGenerator json, Object value) {
        if (value == null) {
            json.writeNull();
        } else if (value instanceof Boolean flag) {
            json.write(flag);
        } else if (value instanceof BigDecimal decimal) {
            json.write(decimal);
        } else if (value instanceof BigInteger integer) {
            json.write(integer);
        } else if (value instanceof Double || value instanceof Float) {
            json.write(((Number) value).doubleValue());
        } else if (value instanceof Number number) {
            json.write(number.longValue());
        } else {
            json.write(value instanceof String string ? string
                    : value instanceof Enum<?> choice ? choice.name()
                    : value instanceof Instant instant ? DateTimeFormatter.ISO_INSTANT.format(instant)
                    : value instanceof LocalDate date ? DateTimeFormatter.ISO_LOCAL_DATE.format(date)
                    : value instanceof LocalDateTime time ? DateTimeFormatter.ISO_LOCAL_DATE_TIME.format(time)
                    : unsupported(value));
        }
    }

    private static String unsupported(Object value) {
        throw new NotARecordValue();
    }

    /** The accessors of a record's properties, in JSON-B's default (alphabetical) order. */
    private static Method[] accessors(Class<?> type) {
        return ACCESSORS.computeIfAbsent(type, t -> Arrays.stream(t.getRecordComponents())
                .sorted(Comparator.comparing(RecordComponent::getName)).map(component -> {
                    Method accessor = component.getAccessor();
                    accessor.setAccessible(true);
                    return accessor;
                }).toArray(Method[]::new));
    }

    private static Object read(Method accessor, Object record) {
        try {
            return accessor.invoke(record);
        } catch (IllegalAccessException | InvocationTargetException unreadable) {
            throw new IllegalStateException(accessor.toString(), unreadable);
        }
    }

    /** A value of a kind this writer leaves to JSON-B. */
    private static final class NotARecordValue extends RuntimeException {

        NotARecordValue() {
            super(null, null, false, false);
        }
    }
}
