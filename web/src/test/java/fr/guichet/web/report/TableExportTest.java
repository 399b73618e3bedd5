package fr.guichet.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class TableExportTest {

    private static final Table COSTS = new Table("Quote-part des coûts 2026", List.of("Service", "Montant (€)", "Note"), List.of(
            Arrays.asList("Messagerie <collaborative>", new BigDecimal("12345.67"), "a \"b\"; c"),
            Arrays.asList("Paie & RH", 42L, null)));

    @Test
    void csvIsWhatFrenchSpreadsheetsRead() {
        String csv = new String(TableExport.csv(COSTS), StandardCharsets.UTF_8);
        assertEquals("\ufeffService;Montant (€);Note\r\n"
                + "Messagerie <collaborative>;12345,67;\"a \"\"b\"\"; c\"\r\n"
                + "Paie & RH;42;\r\n", csv);
    }

    @Test
    void textsThatLookLikeFormulasAreWrittenInert() {
        Table hostile = new Table("Adhérents", List.of("=Nom", "Écart"), List.of(
                Arrays.asList("=HYPERLINK(\"http://x\";\"clic\")", -12L),
                Arrays.asList("+33 4 72", new BigDecimal("-3.5")),
                Arrays.asList("-1+1", null),
                Arrays.asList("@SUM(A1)", null),
                Arrays.asList("Saint-Chamond", null)));
        String csv = new String(TableExport.csv(hostile), StandardCharsets.UTF_8);
        assertEquals("\ufeff'=Nom;Écart\r\n"
                + "\"'=HYPERLINK(\"\"http://x\"\";\"\"clic\"\")\";-12\r\n"
                + "'+33 4 72;-3,5\r\n"
                + "'-1+1;\r\n"
                + "'@SUM(A1);\r\n"
                + "Saint-Chamond;\r\n", csv);
    }

    @Test
    void odsIsAZipWithTheMimetypeFirstAndTypedCells() throws Exception {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(TableExport.ods(List.of(COSTS,
                new Table("Tickets: [par] mois / 2026 et une suite bien trop longue", List.of("Mois"), List.of())))))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals(ZipEntry.STORED, first.getMethod());
            entries.put(first.getName(), zip.readAllBytes());
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.put(entry.getName(), zip.readAllBytes());
            }
        }
        assertEquals("application/vnd.oasis.opendocument.spreadsheet", new String(entries.get("mimetype"), StandardCharsets.US_ASCII));
        assertTrue(entries.containsKey("META-INF/manifest.xml"));
        Document content = parse(entries.get("content.xml"));
        NodeList sheets = content.getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table");
        assertEquals(2, sheets.getLength());
        assertEquals("Quote-part des coûts 2026", ((Element) sheets.item(0)).getAttribute("table:name"));
        assertEquals("Tickets   par  mois   2026 et u", ((Element) sheets.item(1)).getAttribute("table:name"));
        NodeList cells = ((Element) sheets.item(0)).getElementsByTagNameNS("urn:oasis:names:tc:opendocument:xmlns:table:1.0", "table-cell");
        Element amount = (Element) cells.item(4);
        assertEquals("float", amount.getAttribute("office:value-type"));
        assertEquals("12345.67", amount.getAttribute("office:value"));
        assertEquals("Messagerie <collaborative>", cells.item(3).getTextContent());
        assertNull(((Element) cells.item(8)).getAttributeNode("office:value-type"), "an empty cell stays empty");
    }

    private static Document parse(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        try (ByteArrayInputStream in = new ByteArrayInputStream(xml)) {
            return factory.newDocumentBuilder().parse(in);
        } catch (IOException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}
