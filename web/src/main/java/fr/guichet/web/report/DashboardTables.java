package fr.guichet.web.report;

import fr.guichet.common.Decimals;
import fr.guichet.report.Compliance;
import fr.guichet.report.Comparison;
import fr.guichet.report.CostShare;
import fr.guichet.report.MemberComparison;
import fr.guichet.report.MemberSummary;
import fr.guichet.report.MonthFigures;
import fr.guichet.report.OpenTickets;
import fr.guichet.report.ServiceFigures;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The tables of the dashboards, built once and used three times: shown on the page (beside each
 * chart), exported to CSV and to ODS. Amounts are in euros, rates in percent.
 */
final class DashboardTables {

    private final Function<String, String> text;

    DashboardTables(Function<String, String> text) {
        this.text = text;
    }

    private List<String> headers(String... keys) {
        return Arrays.stream(keys).map(key -> text.apply("report.col." + key)).toList();
    }

    private static List<Object> row(Object... cells) {
        return Arrays.asList(cells);
    }

    Table months(MemberSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (MonthFigures month : summary.months()) {
            rows.add(row(month.month(), month.opened(), month.resolved()));
        }
        return new Table(text.apply("report.table.months"), headers("month", "opened", "resolved"), rows);
    }

    Table serviceLevels(MemberSummary summary) {
        return new Table(text.apply("report.table.sla"), headers("target", "met", "measured", "rate"), List.of(
                compliance(text.apply("report.sla.firstResponse"), summary.firstResponse()),
                compliance(text.apply("report.sla.resolution"), summary.resolution())));
    }

    private static List<Object> compliance(String label, Compliance compliance) {
        return row(label, compliance.met(), compliance.measured(), compliance.percent());
    }

    Table openTickets(MemberSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (OpenTickets open : summary.openTickets()) {
            rows.add(row(open.priority(), open.underADay(), open.underAWeek(), open.underAMonth(), open.older(), open.total()));
        }
        return new Table(text.apply("report.table.open"), headers("priority", "underADay", "underAWeek", "underAMonth", "older", "total"), rows);
    }

    Table requests(MemberSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        summary.requestsByStatus().forEach((status, count) -> rows.add(row(text.apply("request.status." + status), count)));
        return new Table(text.apply("report.table.requests"), headers("status", "count"), rows);
    }

    Table subscriptions(MemberSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        summary.subscriptions().forEach(s -> rows.add(row(s.serviceName(), s.quantity(), s.unit())));
        return new Table(text.apply("report.table.subscriptions"), headers("service", "quantity", "unit"), rows);
    }

    Table costs(MemberSummary summary) {
        List<List<Object>> rows = new ArrayList<>();
        for (CostShare cost : summary.costs()) {
            rows.add(row(cost.serviceName(), text.apply("funding." + cost.fundingMode()), cost.keyName(),
                    Figures.euros(cost.cents()), Figures.euros(cost.previousCents()), Figures.euros(cost.cents() - cost.previousCents())));
        }
        rows.add(row(text.apply("report.total"), null, null, Figures.euros(summary.costCents()),
                Figures.euros(summary.previousCostCents()), Figures.euros(summary.costCents() - summary.previousCostCents())));
        return new Table(text.apply("report.table.costs") + " " + summary.budgetYear(),
                List.of(text.apply("report.col.service"), text.apply("report.col.mode"), text.apply("report.col.key"),
                        text.apply("report.col.amount") + " " + summary.budgetYear(),
                        text.apply("report.col.amount") + " " + (summary.budgetYear() - 1), text.apply("report.col.change")), rows);
    }

    List<Table> commune(MemberSummary summary) {
        return List.of(months(summary), serviceLevels(summary), openTickets(summary), requests(summary),
                subscriptions(summary), costs(summary));
    }

    Table members(Comparison comparison) {
        List<List<Object>> rows = new ArrayList<>();
        for (MemberComparison m : comparison.members()) {
            rows.add(row(m.memberName(), m.population(), m.ticketsOpened(), m.ticketsPerThousandInhabitants(),
                    m.firstResponse().percent(), m.resolution().percent(), Figures.euros(m.costCents()), m.costPerInhabitant()));
        }
        return new Table(text.apply("report.table.members"), headers("member", "population", "opened", "perThousand",
                "firstResponseRate", "resolutionRate", "cost", "costPerInhabitant"), rows);
    }

    Table usage(Comparison comparison) {
        List<String> headers = new ArrayList<>();
        headers.add(text.apply("report.col.member"));
        comparison.services().forEach(s -> headers.add(s.name() + " (" + s.unit() + ")"));
        List<List<Object>> rows = new ArrayList<>();
        for (MemberComparison m : comparison.members()) {
            List<Object> row = new ArrayList<>();
            row.add(m.memberName());
            comparison.services().forEach(s -> {
                BigDecimal value = comparison.usage(s.serviceId(), m.memberId());
                row.add(Decimals.plain(value));
            });
            rows.add(row);
        }
        return new Table(text.apply("report.table.usage"), headers, rows);
    }

    Table services(List<ServiceFigures> services, int budgetYear) {
        List<List<Object>> rows = new ArrayList<>();
        for (ServiceFigures s : services) {
            rows.add(row(s.name(), text.apply("funding." + s.fundingMode()), s.subscribers(), s.ticketsOpened(),
                    s.resolution().percent(), Figures.euros(s.costCents()), Figures.euros(s.allocatedCents()), s.recoveryPercent()));
        }
        return new Table(text.apply("report.table.services") + " " + budgetYear, headers("service", "mode", "subscribers",
                "opened", "resolutionRate", "cost", "allocated", "recovery"), rows);
    }
}
