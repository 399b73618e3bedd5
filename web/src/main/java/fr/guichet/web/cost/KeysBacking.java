package fr.guichet.web.cost;

import fr.guichet.common.Decimals;
import fr.guichet.cost.DistributionKey;
import fr.guichet.cost.DistributionKeys;
import fr.guichet.cost.KeyKind;
import fr.guichet.member.Member;
import fr.guichet.member.MemberService;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.report.Figures;
import fr.guichet.web.report.Table;
import fr.guichet.web.report.TableExport;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.primefaces.model.StreamedContent;

/**
 * cost/keys.xhtml: the distribution keys of a budget year, member by member. Staff read them; the
 * direction records the weights voted by the comité, or takes the members' current populations.
 */
@Named("keysPage")
@ViewScoped
public class KeysBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private DistributionKeys keys;

    @Inject
    private MemberService members;

    /** A member's line of the key being edited. */
    public static class Row implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long memberId;
        private final String memberName;
        private final int population;
        private BigDecimal weight;

        Row(long memberId, String memberName, int population, BigDecimal weight) {
            this.memberId = memberId;
            this.memberName = memberName;
            this.population = population;
            this.weight = weight;
        }

        public long getMemberId() {
            return memberId;
        }

        public String getMemberName() {
            return memberName;
        }

        public int getPopulation() {
            return population;
        }

        public BigDecimal getWeight() {
            return weight;
        }

        public void setWeight(BigDecimal weight) {
            this.weight = weight;
        }

        boolean counts() {
            return weight != null && weight.signum() > 0;
        }
    }

    private int year;
    private List<DistributionKey> yearKeys = List.of();
    private String code;
    private String name;
    private KeyKind kind;
    private List<Row> rows = List.of();
    private String newCode;
    private String newName;

    @PostConstruct
    void init() {
        year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        show();
    }

    /** Shows the chosen year's keys, and the chosen key (the first one when it does not exist that year). */
    public void show() {
        try {
            yearKeys = keys.of(year);
            DistributionKey shown = yearKeys.stream().filter(key -> key.code().equals(code)).findFirst()
                    .orElse(yearKeys.isEmpty() ? null : yearKeys.get(0));
            code = shown == null ? null : shown.code();
            name = shown == null ? null : shown.name();
            kind = shown == null ? null : shown.kind();
            rows = new ArrayList<>();
            for (Member member : members.listVisible()) {
                rows.add(new Row(member.getId(), member.getName(), member.getPopulation(),
                        shown == null ? null : shown.weights().get(member.getId())));
            }
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    public void save() {
        try {
            Map<Long, BigDecimal> weights = new TreeMap<>();
            rows.stream().filter(Row::counts).forEach(row -> weights.put(row.getMemberId(), row.getWeight()));
            keys.save(year, code, name, kind, weights);
            FacesMessages.info("keys.saved", name, year);
            show();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    /** Puts the members' populations as weights (members of the key, or every member when it is empty); nothing saved yet. */
    public void takePopulations() {
        boolean empty = rows.stream().noneMatch(Row::counts);
        rows.stream().filter(row -> empty || row.counts()).forEach(row -> row.setWeight(BigDecimal.valueOf(row.getPopulation())));
        FacesMessages.info("keys.populations.taken");
    }

    public void create() {
        try {
            String label = newName == null || newName.isBlank() ? null : newName.strip();
            keys.create(year, newCode == null ? null : newCode.strip(), label);
            code = newCode.strip();
            FacesMessages.info("keys.created", label == null ? code : label, year);
            newCode = null;
            newName = null;
            show();
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    /** The member's share of the key as saved or typed, in percent. */
    public String share(Row row) {
        return Figures.percent(percent(row));
    }

    private BigDecimal percent(Row row) {
        BigDecimal total = rows.stream().filter(Row::counts).map(Row::getWeight).reduce(BigDecimal.ZERO, BigDecimal::add);
        return !row.counts() || total.signum() == 0 ? null
                : row.getWeight().multiply(BigDecimal.valueOf(100)).divide(total, 2, RoundingMode.HALF_UP);
    }

    public StreamedContent csv() {
        return Files.streamed(fileName() + ".csv", TableExport.CSV_TYPE, TableExport.csv(table()));
    }

    public StreamedContent ods() {
        return Files.streamed(fileName() + ".ods", TableExport.ODS_TYPE, TableExport.ods(List.of(table())));
    }

    /** The key as a table to export: the members in the key, their population, weight and share. */
    private Table table() {
        Locale locale = FacesMessages.pageLocale();
        List<List<Object>> lines = rows.stream().filter(Row::counts).map(row -> Arrays.<Object>asList(row.getMemberName(),
                row.getPopulation(), Decimals.plain(row.getWeight()), percent(row))).toList();
        return new Table(name + " " + year, List.of(Texts.get(locale, "report.col.member"), Texts.get(locale, "keys.col.population"),
                Texts.get(locale, "keys.col.weight"), Texts.get(locale, "keys.col.share")), lines);
    }

    private String fileName() {
        return "cle-" + code + "-" + year;
    }

    /** Set when the year has no keys of its own yet: the year they are taken from. */
    public Integer getInheritedFrom() {
        return yearKeys.isEmpty() || yearKeys.get(0).year() == year ? null : yearKeys.get(0).year();
    }

    public List<Integer> getYears() {
        int now = LocalDate.now(ZoneId.of("Europe/Paris")).getYear();
        return IntStream.rangeClosed(now - 2, now + 2).boxed().toList();
    }

    public KeyKind[] getKinds() {
        return KeyKind.values();
    }

    public List<DistributionKey> getYearKeys() {
        return yearKeys;
    }

    public List<Row> getRows() {
        return rows;
    }

    public int getYear() {
        return year;
    }

    public void setYear(int year) {
        this.year = year;
    }

    public String getCode() {
        return code;
    }

    public void setCode(String code) {
        this.code = code;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public KeyKind getKind() {
        return kind;
    }

    public void setKind(KeyKind kind) {
        this.kind = kind;
    }

    public String getNewCode() {
        return newCode;
    }

    public void setNewCode(String newCode) {
        this.newCode = newCode;
    }

    public String getNewName() {
        return newName;
    }

    public void setNewName(String newName) {
        this.newName = newName;
    }
}
