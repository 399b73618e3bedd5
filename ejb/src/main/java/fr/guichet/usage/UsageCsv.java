package fr.guichet.usage;

import fr.guichet.common.CsvSheet;
import fr.guichet.common.ImportProblem;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a usage file as spreadsheets save it in France: semicolon-separated, a header line
 * {@code membre;service;mois;valeur}, the member by its slug or INSEE code, the service by its code,
 * the month as {@code AAAA-MM}, the value with a decimal comma or point. Every line is checked; one
 * bad line is reported with its number and nothing of the file is kept.
 */
public final class UsageCsv {

    public static final List<String> HEADER = List.of("membre", "service", "mois", "valeur");
    public static final int MAX_LINES = 100_000;

    /** Looks up members and services named in the file. */
    public interface References {
        Optional<Long> member(String slugOrInsee);

        /** The service, if it exists and has a usage indicator. */
        Optional<Long> measuredService(String code);
    }

    private UsageCsv() {
    }

    public static UsageSheet read(String text, References references) {
        CsvSheet.Read<UsageEntry> sheet = CsvSheet.read(text, HEADER, MAX_LINES, "usage.import",
                (record, line, problems) -> read(record, line, references, problems),
                entry -> entry.memberId() + "/" + entry.serviceId() + "/" + entry.month(), entry -> List.of());
        return new UsageSheet(sheet.values(), sheet.problems(), sheet.lineCount());
    }

    private static Optional<UsageEntry> read(CSVRecord record, long line, References references, List<ImportProblem> problems) {
        int before = problems.size();
        Optional<Long> member = references.member(record.get(0));
        if (member.isEmpty()) {
            problems.add(new ImportProblem(line, "usage.import.member", record.get(0)));
        }
        Optional<Long> service = references.measuredService(record.get(1));
        if (service.isEmpty()) {
            problems.add(new ImportProblem(line, "usage.import.service", record.get(1)));
        }
        YearMonth month = month(record.get(2));
        if (month == null) {
            problems.add(new ImportProblem(line, "usage.import.month", record.get(2)));
        }
        BigDecimal value = value(record.get(3));
        if (value == null) {
            problems.add(new ImportProblem(line, "usage.import.value", record.get(3)));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new UsageEntry(member.get(), service.get(), month, value));
    }

    static YearMonth month(String text) {
        try {
            YearMonth month = YearMonth.parse(text);
            return month.getYear() >= 2000 && month.getYear() <= 2100 ? month : null;
        } catch (DateTimeParseException notAMonth) {
            return null;
        }
    }

    /** Zero or more, at most three decimals, with a comma or a point; spaces between thousands allowed. */
    static BigDecimal value(String text) {
        String normalised = text.replace('\u00a0', ' ').replace('\u202f', ' ').replace(" ", "").replace(',', '.');
        if (!normalised.matches("\\d{1,13}(\\.\\d{1,3})?")) {
            return null;
        }
        return new BigDecimal(normalised);
    }
}
