package fr.guichet.web.report;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes tables as files spreadsheets open: CSV the way French spreadsheets read it (UTF-8 with a
 * byte-order mark, semicolons, decimal commas) and OpenDocument spreadsheets (ODS, ISO/IEC 26300),
 * one sheet per table with numbers as numbers. The ODS package is written directly (mimetype stored
 * first, manifest, content): odfdom would bring Jena, Xerces and slf4j-simple into the WAR, which
 * clash with the server's own.
 */
public final class TableExport {

    public static final String CSV_TYPE = "text/csv; charset=UTF-8";
    public static final String ODS_TYPE = "application/vnd.oasis.opendocument.spreadsheet";

    private TableExport() {
    }

    public static byte[] csv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new OutputStreamWriter(bytes, StandardCharsets.UTF_8);
             CSVPrinter printer = new CSVPrinter(writer, CSVFormat.Builder.create().setDelimiter(';').setRecordSeparator("\r\n").build())) {
            writer.write('\ufeff');
            printer.printRecord(table.headers().stream().map(TableExport::csvCell).toList());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream().map(TableExport::csvCell).toList());
            }
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static String csvCell(Object cell) {
        if (cell == null) {
            return "";
        }
        return cell instanceof Number number ? decimal(number).toPlainString().replace('.', ',') : inert(cell.toString());
    }

    /**
     * A text a spreadsheet would take for a formula (a member's or service's name typed as
     * {@code =HYPERLINK(...)}) is written with a leading apostrophe, so that opening the file runs nothing.
     */
    static String inert(String text) {
        return !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0 ? "'" + text : text;
    }

    public static byte[] ods(List<Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            // The mimetype comes first, uncompressed, so that the type can be read at a fixed offset.
            byte[] mimetype = ODS_TYPE.getBytes(StandardCharsets.US_ASCII);
            ZipEntry entry = new ZipEntry("mimetype");
            entry.setMethod(ZipEntry.STORED);
            entry.setSize(mimetype.length);
            CRC32 crc = new CRC32();
            crc.update(mimetype);
            entry.setCrc(crc.getValue());
            zip.putNextEntry(entry);
            zip.write(mimetype);
            zip.closeEntry();
            put(zip, "META-INF/manifest.xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                     <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                     <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                    </manifest:manifest>
                    """);
            put(zip, "content.xml", content(tables));
        } catch (IOException impossible) {
            throw new UncheckedIOException(impossible);
        }
        return bytes.toByteArray();
    }

    private static String content(List<Table> tables) {
        StringBuilder xml = new StringBuilder("""
                <?xml version="1.0" encoding="UTF-8"?>
                <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
                 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
                 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
                <office:body><office:spreadsheet>
                """);
        for (Table table : tables) {
            xml.append("<table:table table:name=\"").append(escape(sheetName(table.title()))).append("\">");
            xml.append("<table:table-column table:number-columns-repeated=\"").append(table.headers().size()).append("\"/>");
            row(xml, table.headers().stream().map(Object.class::cast).toList());
            table.rows().forEach(row -> row(xml, row));
            xml.append("</table:table>\n");
        }
        return xml.append("</office:spreadsheet></office:body></office:document-content>\n").toString();
    }

    private static void row(StringBuilder xml, List<Object> cells) {
        xml.append("<table:table-row>");
        for (Object cell : cells) {
            if (cell == null) {
                xml.append("<table:table-cell/>");
            } else if (cell instanceof Number number) {
                String value = decimal(number).toPlainString();
                xml.append("<table:table-cell office:value-type=\"float\" office:value=\"").append(value).append("\"><text:p>")
                        .append(value).append("</text:p></table:table-cell>");
            } else {
                xml.append("<table:table-cell office:value-type=\"string\"><text:p>").append(escape(cell.toString()))
                        .append("</text:p></table:table-cell>");
            }
        }
        xml.append("</table:table-row>\n");
    }

    /** Sheet names may not hold []*?:/\ and are at most 31 characters in common spreadsheets. */
    private static String sheetName(String title) {
        String name = title.replaceAll("[\\[\\]*?:/\\\\]", " ").strip();
        return name.length() > 31 ? name.substring(0, 31) : name;
    }

    private static BigDecimal decimal(Number number) {
        return number instanceof BigDecimal big ? big : new BigDecimal(number.toString());
    }

    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        escaped.appendCodePoint(c);
                    }
                }
            }
        });
        return escaped.toString();
    }

    private static void put(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }
}
