package fr.guichet.web.api;

import jakarta.json.Json;
import jakarta.json.JsonException;
import jakarta.json.JsonReader;
import jakarta.json.JsonReaderFactory;
import jakarta.json.JsonValue;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import jakarta.ws.rs.ext.Provider;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Map;

/**
 * Reads every JSON request body of the API (the bodies are records): parses it, checks it against its
 * record with {@link JsonShape} (unknown fields, wrong kinds, oversized numbers, dates, control
 * characters: a 400 naming the field), then binds it with JSON-B. The built-in reader would silently
 * drop a misspelt field and let {@code 1E-999999999} through. An empty body is no body (null).
 */
@Provider
@Consumes({MediaType.APPLICATION_JSON, "application/*+json"})
public class JsonBodyReader implements MessageBodyReader<Object> {

    private static final Jsonb JSONB = JsonbBuilder.create();
    /** Made once: {@code Json.createReader} looks its provider up through ServiceLoader at every call. */
    private static final JsonReaderFactory READERS = Json.createReaderFactory(Map.of());

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord();
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        byte[] bytes = entity.readAllBytes();
        if (blank(bytes)) {
            return null;
        }
        JsonValue tree;
        try (JsonReader reader = READERS.createReader(new ByteArrayInputStream(bytes))) {
            tree = reader.readValue();
        } catch (JsonException | IllegalStateException malformed) {
            throw new InvalidJsonException("", "error.badJson");
        }
        JsonShape.check(tree, genericType);
        return JSONB.fromJson(tree.toString(), genericType);
    }

    private static boolean blank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
