package fr.guichet.web.training;

import com.lowagie.text.Document;
import com.lowagie.text.DocumentException;
import com.lowagie.text.Font;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfWriter;
import fr.guichet.training.AttendanceSheet;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.function.Function;

/** A session's attendance sheet to print: the session, then one line per trainee with room to sign, morning and afternoon. */
final class AttendanceSheetPdf {

    private static final Font TITLE = new Font(Font.HELVETICA, 15, Font.BOLD);
    private static final Font BODY = new Font(Font.HELVETICA, 10);
    private static final Font BODY_BOLD = new Font(Font.HELVETICA, 10, Font.BOLD);
    private static final Color HEADER_BACKGROUND = new Color(0xE8, 0xEE, 0xF4);
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm").withZone(ZoneId.of("Europe/Paris"));

    private AttendanceSheetPdf() {
    }

    static byte[] write(AttendanceSheet sheet, Function<String, String> text, Locale locale) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4, 40, 40, 40, 40);
        try {
            PdfWriter writer = PdfWriter.getInstance(document, bytes);
            writer.getExtraCatalog().put(PdfName.LANG, new PdfString(locale.toLanguageTag()));
            writer.setViewerPreferences(PdfWriter.DisplayDocTitle);
            document.addTitle(text.apply("training.sheet.title") + " — " + sheet.serviceName());
            document.open();
            document.add(new Paragraph(text.apply("training.sheet.title") + " — " + sheet.serviceName(), TITLE));
            document.add(new Paragraph(WHEN.format(sheet.session().getStartsAt()) + " → " + WHEN.format(sheet.session().getEndsAt())
                    + " — " + text.apply("training.trainer") + " : " + sheet.session().getTrainer(), BODY));
            String where = sheet.session().getPlace() != null ? sheet.session().getPlace() : sheet.session().getOnlineLink();
            if (where != null) {
                document.add(new Paragraph(text.apply("training.place") + " : " + where, BODY));
            }
            document.add(new Paragraph(" ", BODY));
            PdfPTable table = new PdfPTable(new float[] {3, 3, 2, 2});
            table.setWidthPercentage(100);
            table.setHeaderRows(1);
            for (String header : new String[] {text.apply("training.sheet.trainee"), text.apply("users.member"),
                    text.apply("training.sheet.morning"), text.apply("training.sheet.afternoon")}) {
                PdfPCell cell = new PdfPCell(new Phrase(header, BODY_BOLD));
                cell.setBackgroundColor(HEADER_BACKGROUND);
                table.addCell(cell);
            }
            for (AttendanceSheet.Trainee trainee : sheet.trainees()) {
                table.addCell(new PdfPCell(new Phrase(trainee.name(), BODY)));
                table.addCell(new PdfPCell(new Phrase(trainee.memberName(), BODY)));
                PdfPCell signature = new PdfPCell(new Phrase(" ", BODY));
                signature.setMinimumHeight(28);
                table.addCell(signature);
                table.addCell(new PdfPCell(new Phrase(" ", BODY)));
            }
            document.add(table);
            if (sheet.trainees().isEmpty()) {
                document.add(new Paragraph(text.apply("training.sheet.empty"), BODY));
            }
            document.close();
        } catch (DocumentException failure) {
            throw new IllegalStateException(failure);
        }
        return bytes.toByteArray();
    }
}
