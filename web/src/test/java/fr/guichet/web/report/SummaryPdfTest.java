package fr.guichet.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import fr.guichet.report.Compliance;
import fr.guichet.report.CostShare;
import fr.guichet.report.MemberSummary;
import fr.guichet.report.MonthFigures;
import fr.guichet.report.Period;
import fr.guichet.report.Satisfaction;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SummaryPdfTest {

    private static MemberSummary summary(String member) {
        return new MemberSummary(1, member, 52_600, new Period(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)),
                List.of(new MonthFigures("2026-01", 40, 38)), new Compliance(36, 40), new Compliance(30, 38), new BigDecimal("6.5"),
                List.of(), new Satisfaction(12, new BigDecimal("4.25")), Map.of("DELIVERED", 3L), List.of(), 4, 2026,
                List.of(new CostShare(9, "Messagerie collaborative", "USAGE", null, 1_234_567, 1_200_000)));
    }

    @Test
    void onePagePerMemberThatAPdfReaderOpens() throws Exception {
        byte[] pdf = new SummaryPdf(key -> key.equals("report.pdf.title") ? "Synthèse annuelle" : key, Locale.FRANCE)
                .write(List.of(summary("Vaulx-en-Velin"), summary("Vénissieux")));
        PdfReader reader = new PdfReader(pdf);
        try {
            assertEquals(2, reader.getNumberOfPages());
            assertEquals("fr-FR", reader.getCatalog().getAsString(PdfName.LANG).toUnicodeString(), "language for screen readers");
            assertEquals("Synthèse annuelle", reader.getInfo().get("Title"));
            PdfTextExtractor text = new PdfTextExtractor(reader);
            String first = text.getTextFromPage(1).replaceAll("[\\s\\u00a0]+", " ");
            assertTrue(first.contains("Synthèse annuelle — Vaulx-en-Velin"), first);
            assertTrue(first.contains("Messagerie collaborative"), first);
            assertTrue(first.contains("12 345,67"), first);
            assertTrue(first.contains("90 %"), first);
            assertTrue(text.getTextFromPage(2).contains("Vénissieux"));
        } finally {
            reader.close();
        }
    }
}
