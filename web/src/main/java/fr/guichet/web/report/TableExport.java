package fr.guichet.web.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
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

    /** The two formats, as a query parameter names them ({@code format=csv|ods}). */
    public enum Format {
        CSV(CSV_TYPE, ".csv"), ODS(ODS_TYPE, ".ods");

        private final String contentType;
        private final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }

        public String contentType() {
            return contentType;
        }

        public String extension() {
            return extension;
        }
    }

    /**
     * Rows written as they come, so that a million of them never sit in memory: CSV line by line, ODS into a
     * deflated {@code content.xml} entry. One sheet per {@link #sheet} in ODS; CSV holds one table.
     */
    public static final class Writer implements Closeable {

        private final Format format;
        private final ZipOutputStream zip;
        private final java.io.Writer text;
        private final CSVPrinter csv;
        private boolean inSheet;

        public Writer(Format format, OutputStream out) throws IOException {
            this.format = format;
            if (format == Format.CSV) {
                zip = null;
                text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8), 1 << 16);
                text.write('\ufeff');
                csv = new CSVPrinter(text, CSVFormat.Builder.create().setDelimiter(';').setRecordSeparator("\r\n").build());
            } else {
                zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
                startPackage(zip);
                text = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
                text.write(CONTENT_START);
                csv = null;
            }
        }

        /** Starts a table with its title (the ODS sheet's name) and column titles. */
        public void sheet(String title, List<String> headers) throws IOException {
            if (format == Format.CSV) {
                csv.printRecord(headers.stream().map(TableExport::csvCell).toList());
                return;
            }
            endSheet();
            text.write("<table:table table:name=\"" + escape(sheetName(title)) + "\">");
            text.write("<table:table-column table:number-columns-repeated=\"" + headers.size() + "\"/>");
            row(headers.stream().map(Object.class::cast).toList());
            inSheet = true;
        }

        public void row(List<?> cells) throws IOException {
            if (format == Format.CSV) {
                csv.printRecord(cells.stream().map(TableExport::csvCell).toList());
            } else {
                text.write(odsRow(cells));
            }
        }

        private void endSheet() throws IOException {
            if (inSheet) {
                text.write("</table:table>\n");
                inSheet = false;
            }
        }

        @Override
        public void close() throws IOException {
            if (format == Format.CSV) {
                csv.close(true);
                return;
            }
            endSheet();
            text.write("</office:spreadsheet></office:body></office:document-content>\n");
            text.flush();
            zip.closeEntry();
            zip.finish();
            zip.flush();
        }
    }

    private static final String CONTENT_START = """
            <?xml version="1.0" encoding="UTF-8"?>
            <office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
             xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
             xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.3">
            <office:body><office:spreadsheet>
            """;

    private TableExport() {
    }

    public static byte[] csv(Table table) {
        return write(Format.CSV, List.of(table));
    }

    public static byte[] ods(List<Table> tables) {
        return write(Format.ODS, tables);
    }

    private static byte[] write(Format format, List<Table> tables) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (Writer writer = new Writer(format, bytes)) {
            for (Table table : tables) {
                writer.sheet(table.title(), table.headers());
                for (List<Object> row : table.rows()) {
                    writer.row(row);
                }
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

    /** The mimetype first, uncompressed (its type is read at a fixed offset), the manifest, then content.xml opened. */
    private static void startPackage(ZipOutputStream zip) throws IOException {
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
        zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
        zip.write("""
                <?xml version="1.0" encoding="UTF-8"?>
                <manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.3">
                 <manifest:file-entry manifest:full-path="/" manifest:version="1.3" manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>
                 <manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>
                </manifest:manifest>
                """.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
        zip.putNextEntry(new ZipEntry("content.xml"));
    }

    private static String odsRow(List<?> cells) {
        StringBuilder xml = new StringBuilder("<table:table-row>");
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
        return xml.append("</table:table-row>\n").toString();
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
}
