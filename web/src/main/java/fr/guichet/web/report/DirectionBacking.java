package fr.guichet.web.report;

import fr.guichet.report.Comparison;
import fr.guichet.report.MemberComparison;
import fr.guichet.report.MemberSummary;
import fr.guichet.report.ReportService;
import fr.guichet.report.ServiceFigures;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/** report/direction.xhtml: all members side by side, every service, and the communes' annual summaries. */
@Named("directionDashboard")
@ViewScoped
public class DirectionBacking extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    private Comparison comparison;
    private List<ServiceFigures> services;
    private List<Table> tables;

    @PostConstruct
    void init() {
        show();
    }

    @Override
    protected void load() {
        comparison = reports.compare(period());
        services = reports.services(period());
        DashboardTables build = new DashboardTables(this::text);
        tables = List.of(build.members(comparison), build.usage(comparison), build.services(services, period().budgetYear()));
    }

    @Override
    protected List<Table> tables() {
        return tables;
    }

    @Override
    protected String fileName() {
        return "comparaison-membres-" + getFrom() + "-" + getTo();
    }

    public String getTicketsChart() {
        List<MemberComparison> rows = comparison.members();
        return ChartJson.bars(rows.stream().map(MemberComparison::memberName).toList(), List.of(
                new ChartJson.Series(text("report.col.perThousand"), rows.stream().map(MemberComparison::ticketsPerThousandInhabitants).toList())),
                true);
    }

    public String getCostChart() {
        List<MemberComparison> rows = comparison.members();
        return ChartJson.bars(rows.stream().map(MemberComparison::memberName).toList(), List.of(
                new ChartJson.Series(text("report.col.costPerInhabitant"), rows.stream().map(MemberComparison::costPerInhabitant).toList())),
                true);
    }

    /** Every member's annual summary, one page each. */
    public StreamedContent pdf() {
        List<MemberSummary> summaries = reports.memberSummaries(period());
        return Files.streamed("syntheses-annuelles-" + getFrom() + "-" + getTo() + ".pdf", "application/pdf",
                new SummaryPdf(this::text, FacesMessages.pageLocale()).write(summaries));
    }

    public Comparison getComparison() {
        return comparison;
    }

    public List<ServiceFigures> getServices() {
        return services;
    }
}
