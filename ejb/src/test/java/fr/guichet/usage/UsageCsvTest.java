package fr.guichet.usage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import fr.guichet.common.CsvFiles;
import fr.guichet.common.ImportProblem;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class UsageCsvTest {

    private static final UsageCsv.References REFERENCES = new UsageCsv.References() {
        private final Map<String, Long> members = Map.of("grigny", 4L, "69096", 4L, "corbas", 7L);
        private final Map<String, Long> services = Map.of("messagerie", 20L, "archivage", 12L);

        @Override
        public Optional<Long> member(String slugOrInsee) {
            return Optional.ofNullable(members.get(slugOrInsee));
        }

        @Override
        public Optional<Long> measuredService(String code) {
            return Optional.ofNullable(services.get(code));
        }
    };

    @Test
    void readsAGoodFileWithFrenchNumbers() {
        UsageSheet sheet = UsageCsv.read(CsvFiles.text(("\ufeffmembre;service;mois;valeur\n"
                + "grigny;messagerie;2026-01;120\n"
                + "69096;archivage;2026-01;1 250,5\n"
                + "\n"
                + "corbas;messagerie;2026-02;98.25\n").getBytes(StandardCharsets.UTF_8), 1 << 20), REFERENCES);
        assertTrue(sheet.isValid(), sheet.problems().toString());
        assertEquals(3, sheet.lineCount());
        assertEquals(List.of(new UsageEntry(4, 20, YearMonth.of(2026, 1), new BigDecimal("120")),
                new UsageEntry(4, 12, YearMonth.of(2026, 1), new BigDecimal("1250.5")),
                new UsageEntry(7, 20, YearMonth.of(2026, 2), new BigDecimal("98.25"))), sheet.entries());
    }

    @Test
    void reportsEveryBadLineWithItsNumber() {
        UsageSheet sheet = UsageCsv.read("membre;service;mois;valeur\n"
                + "grigny;messagerie;2026-01;120\n"
                + "lyon-9;messagerie;2026-01;3\n"
                + "grigny;cafe;2026-13;-4\n"
                + "corbas;messagerie;2026-01\n"
                + "grigny;messagerie;2026-01;121\n", REFERENCES);
        assertFalse(sheet.isValid());
        assertEquals(List.of(new ImportProblem(3, "usage.import.member", "lyon-9"),
                new ImportProblem(4, "usage.import.service", "cafe"),
                new ImportProblem(4, "usage.import.month", "2026-13"),
                new ImportProblem(4, "usage.import.value", "-4"),
                new ImportProblem(5, "usage.import.columns", 3, 4),
                new ImportProblem(6, "usage.import.repeated", 2L)), sheet.problems());
    }

    @Test
    void refusesAWrongHeaderOrAnEmptyFile() {
        assertEquals("usage.import.header", UsageCsv.read("commune,service,mois,valeur\n", REFERENCES).problems().get(0).messageKey());
        assertEquals("import.empty", UsageCsv.read("membre;service;mois;valeur\n", REFERENCES).problems().get(0).messageKey());
        assertFalse(UsageCsv.read("", REFERENCES).isValid());
    }

    @Test
    void valuesAndMonths() {
        assertEquals(new BigDecimal("1234567.125"), UsageCsv.value("1 234 567,125"));
        assertEquals(null, UsageCsv.value("1,2345"));
        assertEquals(null, UsageCsv.value("abc"));
        assertEquals(null, UsageCsv.month("26-01"));
        assertEquals(YearMonth.of(2025, 12), UsageCsv.month("2025-12"));
    }
}
