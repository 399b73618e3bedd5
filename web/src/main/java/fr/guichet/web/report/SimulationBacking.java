package fr.guichet.web.report;

import fr.guichet.catalog.FundingMode;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.cost.AllocationService;
import fr.guichet.cost.BudgetItem;
import fr.guichet.cost.CostSheet;
import fr.guichet.cost.ServiceAllocation;
import fr.guichet.web.shell.FacesMessages;
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
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * report/simulation.xhtml: the direction changes next year's costs, funding modes and keys and sees
 * each member's contribution against this year's, without saving anything; once the comité has voted,
 * the direction records the budget from the same page.
 */
@Named("simulation")
@ViewScoped
public class SimulationBacking extends TablesPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private AllocationService allocations;

    /** One service of the simulated budget, as edited on the page. */
    public static class Line implements Serializable {
        private static final long serialVersionUID = 1L;
        private final long serviceId;
        private final String serviceName;
        private BigDecimal costEuros;
        private String mode;
        private String key;

        Line(long serviceId, String serviceName, BigDecimal costEuros, String mode, String key) {
            this.serviceId = serviceId;
            this.serviceName = serviceName;
            this.costEuros = costEuros;
            this.mode = mode;
            this.key = key;
        }

        public long getServiceId() {
            return serviceId;
        }

        public String getServiceName() {
            return serviceName;
        }

        public BigDecimal getCostEuros() {
            return costEuros;
        }

        public void setCostEuros(BigDecimal costEuros) {
            this.costEuros = costEuros;
        }

        public String getMode() {
            return mode;
        }

        public void setMode(String mode) {
            this.mode = mode;
        }

        public String getKey() {
            return key;
        }

        public void setKey(String key) {
            this.key = key;
        }
    }

    private int year;
    private List<Line> lines;
    private Map<String, String> keys;
    private List<Table> tables = List.of();
    private boolean simulated;
    private boolean adopted;

    @PostConstruct
    void init() {
        year = LocalDate.now(ZoneId.of("Europe/Paris")).getYear() + 1;
        keys = allocations.keyNames(year);
        CostSheet names = allocations.year(year - 1);
        lines = new ArrayList<>();
        for (BudgetItem item : allocations.budget(year)) {
            lines.add(new Line(item.serviceId(), names.serviceNames().get(item.serviceId()), Figures.euros(item.costCents()),
                    item.mode().name(), item.keyCode()));
        }
        lines.sort(Comparator.comparing(Line::getServiceName));
    }

    public void simulate() {
        try {
            show(allocations.simulate(year, items(), Map.of()));
            FacesMessages.info("simulation.done");
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    /** Records the simulated budget as the one voted for the year (direction, administrators). */
    public void adopt() {
        try {
            show(allocations.adopt(year, items(), Map.of()));
            adopted = true;
            FacesMessages.info("simulation.adopted", year);
        } catch (RuntimeException refused) {
            FacesMessages.refusal(refused);
        }
    }

    private List<BudgetItem> items() {
        List<BudgetItem> items = new ArrayList<>();
        for (Line line : lines) {
            BigDecimal euros = line.getCostEuros() == null ? BigDecimal.ZERO : line.getCostEuros();
            if (euros.signum() < 0) {
                throw new BusinessRuleException("simulation.cost.negative", line.getServiceName());
            }
            FundingMode mode = FundingMode.valueOf(line.getMode());
            items.add(new BudgetItem(line.getServiceId(), euros.movePointRight(2).setScale(0, RoundingMode.HALF_UP).longValueExact(),
                    mode, mode == FundingMode.MUTUALISED ? line.getKey() : null));
        }
        return items;
    }

    private void show(CostSheet result) {
        tables = List.of(comparisonTable(result, allocations.year(year - 1)), servicesTable(result));
        simulated = true;
    }

    private Table comparisonTable(CostSheet result, CostSheet current) {
        Map<Long, Long> next = result.totalsByMember();
        Map<Long, Long> now = current.totalsByMember();
        List<List<Object>> rows = new ArrayList<>();
        TreeSet<Long> memberIds = new TreeSet<>(next.keySet());
        memberIds.addAll(now.keySet());
        List<Long> ordered = memberIds.stream()
                .sorted(Comparator.comparing(id -> result.memberNames().getOrDefault(id, ""))).toList();
        for (Long member : ordered) {
            long before = now.getOrDefault(member, 0L);
            long after = next.getOrDefault(member, 0L);
            rows.add(Arrays.asList(result.memberNames().get(member), Figures.euros(before), Figures.euros(after),
                    Figures.euros(after - before), before == 0 ? null
                            : BigDecimal.valueOf((after - before) * 100L).divide(BigDecimal.valueOf(before), 1, RoundingMode.HALF_UP)));
        }
        return new Table(text("simulation.table.members") + " " + year, List.of(text("report.col.member"),
                text("report.col.amount") + " " + (year - 1), text("simulation.col.simulated") + " " + year,
                text("report.col.change"), text("report.col.changePercent")), rows);
    }

    private Table servicesTable(CostSheet result) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceAllocation service : result.services()) {
            rows.add(Arrays.asList(result.serviceNames().get(service.item().serviceId()),
                    text("funding." + service.item().mode().name()), result.keyNames().get(service.item().keyCode()),
                    Figures.euros(service.item().costCents()), Figures.euros(service.allocatedCents()),
                    Figures.euros(service.unallocatedCents())));
        }
        return new Table(text("simulation.table.services") + " " + year, List.of(text("report.col.service"),
                text("report.col.mode"), text("report.col.key"), text("report.col.cost"), text("report.col.allocated"),
                text("report.col.unallocated")), rows);
    }

    @Override
    protected List<Table> tables() {
        return tables;
    }

    @Override
    protected String fileName() {
        return "simulation-" + year;
    }

    public int getYear() {
        return year;
    }

    public List<Line> getLines() {
        return lines;
    }

    public Map<String, String> getKeys() {
        return keys;
    }

    public FundingMode[] getModes() {
        return FundingMode.values();
    }

    public boolean isSimulated() {
        return simulated;
    }

    public boolean isAdopted() {
        return adopted;
    }
}
