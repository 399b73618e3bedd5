package fr.guichet.cmdb;

import fr.guichet.common.CsvSheet;
import fr.guichet.common.ImportProblem;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads an inventory file: a header {@code membre;service;type;nom;etat;attributs}, the member by its slug or INSEE
 * code, the service by its code (empty for none), the kind and state by their French codes ({@code serveur}, {@code en_service}), the
 * attributes as {@code name=value | name=value}. Every line is checked and every problem reported with its line; an
 * item is known by its member and name, so a file may add items and update others.
 */
public final class ItemCsv {

    public static final List<String> HEADER = List.of("membre", "service", "type", "nom", "etat", "attributs");
    public static final int MAX_LINES = 10_000;

    /** Looks up members and services named in the file. */
    public interface References {
        Optional<Long> member(String slugOrInsee);

        Optional<Long> service(String code);
    }

    /** A file read: its items with their line numbers, and every problem. */
    public record Sheet(List<CsvSheet.Line<ItemDraft>> items, List<ImportProblem> problems, long lineCount) {

        public boolean isValid() {
            return problems.isEmpty() && !items.isEmpty();
        }
    }

    private ItemCsv() {
    }

    public static Sheet read(String text, References references) {
        CsvSheet.Read<ItemDraft> sheet = CsvSheet.read(text, HEADER, MAX_LINES, "cmdb.import",
                (record, line, problems) -> read(record, line, references, problems),
                item -> item.memberId() + "/" + folded(item.name()), item -> List.of(item.name()));
        return new Sheet(sheet.lines(), sheet.problems(), sheet.lineCount());
    }

    private static Optional<ItemDraft> read(CSVRecord record, long line, References references, List<ImportProblem> problems) {
        int before = problems.size();
        Optional<Long> member = references.member(record.get(0));
        if (member.isEmpty()) {
            problems.add(new ImportProblem(line, "cmdb.import.member", record.get(0)));
        }
        Optional<Long> service = record.get(1).isEmpty() ? Optional.empty() : references.service(record.get(1));
        if (service.isEmpty() && !record.get(1).isEmpty()) {
            problems.add(new ImportProblem(line, "cmdb.import.service", record.get(1)));
        }
        Optional<ItemKind> kind = ItemKind.ofCsvCode(record.get(2));
        if (kind.isEmpty()) {
            problems.add(new ImportProblem(line, "cmdb.import.kind", record.get(2)));
        }
        String name = record.get(3);
        if (name.isEmpty() || name.length() > 150 || name.chars().anyMatch(Character::isISOControl)) {
            problems.add(new ImportProblem(line, "cmdb.import.name"));
        }
        Optional<ItemState> state = ItemState.ofCsvCode(record.get(4));
        if (state.isEmpty()) {
            problems.add(new ImportProblem(line, "cmdb.import.state", record.get(4)));
        }
        Optional<Map<String, String>> attributes = ItemAttributes.parse(record.get(5));
        if (attributes.isEmpty()) {
            problems.add(new ImportProblem(line, "cmdb.import.attributes", record.get(5)));
        } else if (kind.isPresent()) {
            ItemAttributes.check(kind.get(), ItemAttributes.given(attributes.get())).forEach(p ->
                    problems.add(new ImportProblem(line, p.messageKey(), p.arguments())));
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new ItemDraft(member.get(), service.orElse(null), kind.get(), name, state.get(), attributes.get()));
    }

    /** Names compare as the database compares them: without case or accents. */
    static String folded(String name) {
        return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
