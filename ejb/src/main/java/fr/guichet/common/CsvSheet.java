package fr.guichet.common;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The frame every imported file shares: a header line checked first, a line limit, every line read and checked
 * (problems reported with their line numbers), a value given twice refused, an unreadable or empty file said so.
 * Message keys are the importer's: {@code <prefix>.header}, {@code .tooLong}, {@code .columns}, {@code .repeated}.
 */
public final class CsvSheet {

    /** Reads one data line with the expected number of columns: its value, or nothing with its problems added. */
    public interface LineReader<T> {
        Optional<T> read(CSVRecord record, long line, List<ImportProblem> problems);
    }

    /** What a file gave: its values with their line numbers, every problem, and how many data lines it had. */
    public record Read<T>(List<Line<T>> lines, List<ImportProblem> problems, long lineCount) {

        public List<T> values() {
            return lines.stream().map(Line::value).toList();
        }
    }

    public record Line<T>(long number, T value) {
    }

    private CsvSheet() {
    }

    /**
     * Reads {@code text}; {@code key} says when two values are the same, and the repeated one's problem names the
     * first line and what {@code described} says of it.
     */
    public static <T> Read<T> read(String text, List<String> header, int maxLines, String prefix, LineReader<T> reader,
                                   Function<T, String> key, Function<T, List<Object>> described) {
        List<Line<T>> values = new ArrayList<>();
        List<ImportProblem> problems = new ArrayList<>();
        Map<String, Long> seen = new HashMap<>();
        long lines = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CsvFiles.FRENCH)) {
            for (CSVRecord record : parser) {
                lines++;
                long line = parser.getCurrentLineNumber();
                if (lines == 1) {
                    if (!header.equals(record.toList().stream().map(h -> h.toLowerCase(Locale.ROOT)).toList())) {
                        problems.add(new ImportProblem(line, prefix + ".header", String.join(";", header)));
                        break;
                    }
                    continue;
                }
                if (lines > maxLines + 1) {
                    problems.add(new ImportProblem(line, prefix + ".tooLong", maxLines));
                    break;
                }
                if (record.size() != header.size()) {
                    problems.add(new ImportProblem(line, prefix + ".columns", record.size(), header.size()));
                    continue;
                }
                reader.read(record, line, problems).ifPresent(value -> {
                    Long first = seen.putIfAbsent(key.apply(value), line);
                    if (first == null) {
                        values.add(new Line<>(line, value));
                    } else {
                        List<Object> arguments = new ArrayList<>(described.apply(value));
                        arguments.add(first);
                        problems.add(new ImportProblem(line, prefix + ".repeated", arguments));
                    }
                });
            }
        } catch (IOException | IllegalStateException | UncheckedIOException unreadable) {
            problems.add(new ImportProblem(lines + 1, "import.unreadable"));
        }
        if (lines <= 1 && problems.isEmpty()) {
            problems.add(new ImportProblem(1, "import.empty"));
        }
        return new Read<>(List.copyOf(values), List.copyOf(problems), Math.max(0, lines - 1));
    }
}
