package fr.guichet.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.MediaType;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

public class JsonRecordWriterTest {

    public enum Kind { INCIDENT, REQUEST }

    public record Line(long id, String subject, Kind kind, Instant createdAt, Long assigneeId, boolean breached, double ratio) {
    }

    public record Sheet(List<Line> items, long total, boolean totalExact, Map<String, BigDecimal> figures, LocalDate day,
                 List<String> notes, Integer rating, Map<String, Object> answers) {
    }

    private static String ours(Object value) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonRecordWriter().writeTo(value, value.getClass(), value.getClass(), new java.lang.annotation.Annotation[0],
                MediaType.APPLICATION_JSON_TYPE, null, out);
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void writesWhatJsonBWouldWrite() throws Exception {
        Map<String, BigDecimal> figures = new LinkedHashMap<>();
        figures.put("b", new BigDecimal("12.50"));
        figures.put("a", BigDecimal.ONE);
        Map<String, Object> answers = new LinkedHashMap<>();
        answers.put("quantité", 3L);
        answers.put("vide", null);
        Sheet sheet = new Sheet(List.of(
                new Line(1, "Imprimante « bloquée » \"A\"\n\u00e9", Kind.INCIDENT, Instant.parse("2026-12-07T03:42:11.674813719Z"),
                        null, true, 0.25),
                new Line(2, "Messagerie", Kind.REQUEST, Instant.parse("2026-01-01T00:00:00Z"), 42L, false, 1.0)),
                4312, false, figures, LocalDate.of(2026, 12, 7), Arrays.asList("x", null), null, answers);
        try (var jsonb = JsonbBuilder.create()) {
            assertEquals(jsonb.toJson(sheet), ours(sheet));
            assertEquals(jsonb.toJson(sheet.items()), ours(sheet.items()));
        }
    }

    public record Holder(Object value) {
    }

    @Test
    void leavesOtherObjectsToJsonB() throws Exception {
        Holder holder = new Holder(java.util.UUID.fromString("3f2b8c1e-0000-4000-8000-000000000001"));
        try (var jsonb = JsonbBuilder.create()) {
            assertEquals(jsonb.toJson(holder), ours(holder));
        }
    }
}
