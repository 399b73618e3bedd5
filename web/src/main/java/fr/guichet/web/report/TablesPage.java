package fr.guichet.web.report;

import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * A page of figure tables ({@code WEB-INF/includes/report-table.xhtml}): texts in the page's language,
 * cells as shown, and the downloads of its tables (CSV, ODS).
 */
public abstract class TablesPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The tables of the page, by name, as shown and exported. */
    protected abstract List<Table> tables();

    protected abstract String fileName();

    protected String text(String key) {
        return Texts.get(FacesMessages.pageLocale(), key);
    }

    public Table table(int index) {
        return tables().get(index);
    }

    public StreamedContent csv(int index) {
        Table table = tables().get(index);
        return Files.streamed(fileName() + "-" + slug(table.title()) + ".csv", TableExport.CSV_TYPE, TableExport.csv(table));
    }

    public StreamedContent ods(int index) {
        Table table = tables().get(index);
        return Files.streamed(fileName() + "-" + slug(table.title()) + ".ods", TableExport.ODS_TYPE, TableExport.ods(List.of(table)));
    }

    /** Every table of the page, one sheet each. */
    public StreamedContent odsAll() {
        return Files.streamed(fileName() + ".ods", TableExport.ODS_TYPE, TableExport.ods(tables()));
    }

    /** How a cell is shown on the page (exports keep the raw number). */
    public String cell(Object value) {
        return Figures.number(value);
    }

    public boolean numeric(Object value) {
        return value instanceof Number;
    }

    public String money(long cents) {
        return Figures.money(cents);
    }

    public String percent(BigDecimal value) {
        return Figures.percent(value);
    }

    static String slug(String title) {
        String ascii = Normalizer.normalize(title, Normalizer.Form.NFD).replaceAll("\\p{M}", "");
        return ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
    }
}
