package fr.guichet.usage;

import fr.guichet.common.CsvFiles;
import fr.guichet.common.ImportProblem;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
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
        List<UsageEntry> entries = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long lines = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CsvFiles.FRENCH)) {
            for (CSVRecord record : parser) {
                lines++;
                long line = parser.getCurrentLineNumber();
                if (lines == 1) {
                    if (!HEADER.equals(record.toList().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList())) {
                        problems.add(new ImportProblem(line, "usage.import.header", String.join(";", HEADER)));
                        break;
                    }
                    continue;
                }
                if (lines > MAX_LINES + 1) {
                    problems.add(new ImportProblem(line, "usage.import.tooLong", MAX_LINES));
                    break;
                }
                read(record, line, references, problems).ifPresent(entry -> {
                    String key = entry.memberId() + "/" + entry.serviceId() + "/" + entry.month();
                    Long first = seen.putIfAbsent(key, line);
                    if (first != null) {
                        problems.add(new ImportProblem(line, "usage.import.repeated", first));
                    } else {
                        entries.add(entry);
                    }
                });
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException unreadable) {
            problems.add(new ImportProblem(lines + 1, "import.unreadable"));
        }
        if (lines <= 1 && problems.isEmpty()) {
            problems.add(new ImportProblem(1, "import.empty"));
        }
        return new UsageSheet(List.copyOf(entries), List.copyOf(problems), Math.max(0, lines - 1));
    }

    private static Optional<UsageEntry> read(CSVRecord record, long line, References references, List<ImportProblem> problems) {
        if (record.size() != HEADER.size()) {
            problems.add(new ImportProblem(line, "usage.import.columns", record.size(), HEADER.size()));
            return Optional.empty();
        }
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
