package fr.guichet.web.report;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Element;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import fr.guichet.report.MemberSummary;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The annual summary of communes as a PDF, one page per member: service figures of the period and
 * the cost shares of the budget year against the previous one. Standard PDF fonts (Helvetica) cover
 * French text.
 */
final class SummaryPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 16, Font.BOLD);
    private static final Font HEADING = new Font(Font.HELVETICA, 11, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 9);
    private static final Font BODY_BOLD = new Font(Font.HELVETICA, 9, Font.BOLD);
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);

    private final Function<String, String> text;
    private final Locale locale;
    private final DashboardTables tables;

    SummaryPdf(Function<String, String> text, Locale locale) {
        this.text = text;
        this.locale = locale;
        this.tables = new DashboardTables(text);
    }

    byte[] write(List<MemberSummary> summaries) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            // Screen readers read the text in the document's language and announce its title.
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.addTitle(text.apply("report.pdf.title"));
            document.open();
            for (int i = 0; i < summaries.size(); i++) {
                if (i > 0) {
                    document.newPage();
                }
                page(document, summaries.get(i));
            }
            if (summaries.isEmpty()) {
                document.add(new Paragraph(text.apply("report.pdf.empty"), BODY));
            }
            document.close();
        } catch (DocumentException failure) {
            throw new IllegalStateException(failure);
        }
        return bytes.toByteArray();
    }

    private void page(Document document, MemberSummary s) throws DocumentException {
        document.add(new Paragraph(text.apply("report.pdf.title") + " — " + s.memberName(), TITLE));
        document.add(new Paragraph(text.apply("report.period") + " : " + s.period().from() + " → " + s.period().to()
                + "    " + text.apply("report.col.population") + " : " + Figures.number(s.population()), BODY));
        document.add(new Paragraph(" ", BODY));
        document.add(new Paragraph(text.apply("report.pdf.service"), HEADING));
        PdfPTable figures = table(2, new float[] {3, 1});
        cells(figures, false, text.apply("report.kpi.opened"), Figures.number(s.ticketsOpened()));
        cells(figures, false, text.apply("report.kpi.resolved"), Figures.number(s.ticketsResolved()));
        cells(figures, false, text.apply("report.sla.firstResponse"), Figures.percent(s.firstResponse().percent()));
        cells(figures, false, text.apply("report.sla.resolution"), Figures.percent(s.resolution().percent()));
        cells(figures, false, text.apply("report.kpi.median"), s.medianResolutionHours() == null ? Figures.NONE
                : Figures.number(s.medianResolutionHours()) + " h");
        cells(figures, false, text.apply("report.kpi.satisfaction"), s.satisfaction().average() == null ? Figures.NONE
                : Figures.number(s.satisfaction().average()) + " / 5 (" + s.satisfaction().ratings() + ")");
        cells(figures, false, text.apply("report.kpi.demands"), Figures.number(s.demandsSupported()));
        document.add(figures);
        document.add(new Paragraph(" ", BODY));
        Table costs = tables.costs(s);
        document.add(new Paragraph(costs.title(), HEADING));
        PdfPTable table = table(costs.headers().size(), new float[] {4, 2, 3, 2, 2, 2});
        cells(table, true, costs.headers().toArray(String[]::new));
        for (List<Object> row : costs.rows()) {
            cells(table, row == costs.rows().get(costs.rows().size() - 1),
                    row.stream().map(cell -> cell == null ? "" : Figures.number(cell)).toArray(String[]::new));
        }
        document.add(table);
    }

    private static PdfPTable table(int columns, float[] widths) throws DocumentException {
        PdfPTable table = new PdfPTable(columns);
        table.setWidthPercentage(100);
        table.setWidths(widths);
        table.setHeaderRows(0);
        return table;
    }

    private static void cells(PdfPTable table, boolean bold, String... values) {
        for (int i = 0; i < values.length; i++) {
            PdfPCell cell = new PdfPCell(new Phrase(values[i], bold ? BODY_BOLD : BODY));
            cell.setPadding(3);
            if (bold) {
                cell.setBackgroundColor(HEADER_BACKGROUND);
            }
            if (i > 0 && !values[i].isEmpty() && Character.isDigit(values[i].charAt(0)) || values[i].startsWith("-")) {
                cell.setHorizontalAlignment(Element.ALIGN_RIGHT);
            }
            table.addCell(cell);
        }
    }
}
