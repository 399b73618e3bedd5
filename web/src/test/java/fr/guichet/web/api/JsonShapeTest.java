package fr.guichet.web.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonShapeTest {

    enum Colour { RED, BLUE }

    record Line(long id, BigDecimal quantity) {
    }

    record Body(String name, Integer count, Boolean draft, Colour colour, LocalDate day, List<Line> lines,
                Map<String, BigDecimal> weights, Map<String, Object> answers) {
    }

    @Test
    void aWellFormedBodyPasses() {
        assertDoesNotThrow(() -> check("""
                {"name":"Givors\\nétage 2","count":3,"draft":false,"colour":"RED","day":"2026-03-01",
                 "lines":[{"id":1,"quantity":2.5}],"weights":{"1":0.25},"answers":{"q":"5","n":12,"l":[1,"a"]}}""", Body.class));
        assertDoesNotThrow(() -> check("{\"name\":null,\"count\":null}", Body.class));
    }

    @Test
    void anUnknownFieldIsRefusedByItsPath() {
        assertRefused("nmae", "error.json.unknownField", "{\"nmae\":\"x\"}");
        assertRefused("lines[1].qty", "error.json.unknownField", "{\"lines\":[{\"id\":1},{\"qty\":1}]}");
    }

    @Test
    void wrongKindsAreRefused() {
        assertRefused("name", "error.json.text", "{\"name\":12}");
        assertRefused("count", "error.json.number", "{\"count\":\"12\"}");
        assertRefused("draft", "error.json.boolean", "{\"draft\":\"yes\"}");
        assertRefused("colour", "error.json.choice", "{\"colour\":\"red\"}");
        assertRefused("lines", "error.json.array", "{\"lines\":{}}");
        assertRefused("lines[0]", "error.json.object", "{\"lines\":[3]}");
        assertRefused("lines[0].id", "error.json.number", "{\"lines\":[{\"id\":null}]}");
        assertRefused("", "error.json.object", "[]");
    }

    @Test
    void hugeNumbersAreRefusedWhereverTheyAre() {
        assertRefused("lines[0].quantity", "error.json.decimal", "{\"lines\":[{\"id\":1,\"quantity\":1E-999999999}]}");
        assertRefused("weights.1", "error.json.decimal", "{\"weights\":{\"1\":1e999999999}}");
        assertRefused("answers.q", "error.json.decimal", "{\"answers\":{\"q\":1E-999999999}}");
        assertRefused("count", "error.json.decimal", "{\"count\":9999999999999999999999}");
        assertRefused("count", "error.json.integer", "{\"count\":2147483648}");
        assertRefused("count", "error.json.integer", "{\"count\":1.5}");
        assertDoesNotThrow(() -> check("{\"count\":2.0}", Body.class));
    }

    @Test
    void datesStayInPlausibleYears() {
        assertRefused("day", "error.json.date", "{\"day\":\"0000-01-01\"}");
        assertRefused("day", "error.json.date", "{\"day\":\"+99999-12-31\"}");
        assertRefused("day", "error.json.date", "{\"day\":\"31/12/2026\"}");
    }

    @Test
    void controlCharactersAndBrokenSurrogatesAreRefused() {
        assertRefused("name", "error.json.control", "{\"name\":\"a\\u0000b\"}");
        assertRefused("answers.q", "error.json.control", "{\"answers\":{\"q\":\"\\ud800\"}}");
        assertRefused("weights.\u0001", "error.json.control", "{\"weights\":{\"\\u0001\":1}}");
        assertDoesNotThrow(() -> check("{\"name\":\"\\ud83d\\ude00 ok\\t\"}", Body.class));
    }

    private static void assertRefused(String field, String key, String json) {
        InvalidJsonException refused = assertThrows(InvalidJsonException.class, () -> check(json, Body.class));
        assertEquals(field, refused.field(), refused::getMessage);
        assertEquals(key, refused.messageKey(), refused::getMessage);
    }

    private static void check(String json, Type type) {
        JsonValue value;
        try (var reader = Json.createReader(new StringReader(json))) {
            value = reader.readValue();
        }
        JsonShape.check(value, type);
    }
}
