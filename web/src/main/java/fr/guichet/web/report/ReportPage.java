package fr.guichet.web.report;

import fr.guichet.report.Period;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import java.io.Serializable;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import org.primefaces.model.StreamedContent;

/**
 * What the dashboards share: the period chosen (a preset or two dates), texts in the page's
 * language, and the downloads of their tables (CSV, ODS).
 */
public abstract class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    private String preset = "year";
    private LocalDate from;
    private LocalDate to;

    protected ReportPage() {
        applyPreset();
    }

    /** Reloads the figures for the period now chosen. */
    protected abstract void load();

    /** The tables of the page, by name, as shown and exported. */
    protected abstract List<Table> tables();

    protected abstract String fileName();

    public void show() {
        if (!"custom".equals(preset)) {
            applyPreset();
        }
        try {
            load();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    private void applyPreset() {
        LocalDate today = LocalDate.now(PARIS);
        switch (preset) {
            case "lastYear" -> {
                from = LocalDate.of(today.getYear() - 1, 1, 1);
                to = LocalDate.of(today.getYear() - 1, 12, 31);
            }
            case "twelveMonths" -> {
                from = today.minusMonths(12).plusDays(1);
                to = today;
            }
            default -> {
                from = today.withDayOfYear(1);
                to = today;
            }
        }
    }

    protected Period period() {
        return new Period(from, to);
    }

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

    public String getPreset() {
        return preset;
    }

    public void setPreset(String preset) {
        this.preset = preset;
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
