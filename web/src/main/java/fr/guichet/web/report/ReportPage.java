package fr.guichet.web.report;

import fr.guichet.report.Period;
import fr.guichet.web.shell.FacesMessages;
import java.time.LocalDate;
import java.time.ZoneId;

/** What the dashboards share besides their tables: the period chosen (a preset or two dates). */
public abstract class ReportPage extends TablesPage {

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
