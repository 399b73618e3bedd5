package fr.guichet.web.report;

import fr.guichet.member.Member;
import fr.guichet.member.MemberService;
import fr.guichet.report.CostShare;
import fr.guichet.report.MemberSummary;
import fr.guichet.report.MonthFigures;
import fr.guichet.report.ReportService;
import fr.guichet.security.Caller;
import fr.guichet.web.shell.FacesMessages;
import fr.guichet.web.shell.Files;
import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.primefaces.model.StreamedContent;

/**
 * report/commune.xhtml: a commune's dashboard. A référent sees their own commune; the syndicate's
 * managers and direction choose the commune.
 */
@Named("communeDashboard")
@ViewScoped
public class CommuneDashboardBacking extends ReportPage {

    private static final long serialVersionUID = 1L;

    @Inject
    private ReportService reports;

    @Inject
    private MemberService members;

    @Inject
    private Caller caller;

    private Long memberId;
    private List<Member> choices;
    private MemberSummary summary;
    private List<Table> tables;

    @PostConstruct
    void init() {
        Long own = caller.required().memberId();
        choices = own == null ? members.listVisible() : List.of();
        memberId = own != null ? own : choices.isEmpty() ? null : choices.get(0).getId();
        show();
    }

    @Override
    protected void load() {
        summary = null;
        tables = List.of();
        if (memberId != null) {
            summary = reports.memberSummary(memberId, period());
            tables = new DashboardTables(this::text).commune(summary);
        }
    }

    @Override
    protected List<Table> tables() {
        return tables;
    }

    @Override
    protected String fileName() {
        return "tableau-de-bord-" + slug(summary == null ? "" : summary.memberName()) + "-" + getFrom() + "-" + getTo();
    }

    public String getTicketsChart() {
        List<MonthFigures> months = summary.months();
        return ChartJson.bars(months.stream().map(MonthFigures::month).toList(), List.of(
                new ChartJson.Series(text("report.col.opened"), months.stream().map(MonthFigures::opened).toList()),
                new ChartJson.Series(text("report.col.resolved"), months.stream().map(MonthFigures::resolved).toList())), false);
    }

    public String getCostsChart() {
        List<CostShare> costs = summary.costs();
        return ChartJson.bars(costs.stream().map(CostShare::serviceName).toList(), List.of(
                new ChartJson.Series(String.valueOf(summary.budgetYear()), costs.stream().map(c -> Figures.euros(c.cents())).toList()),
                new ChartJson.Series(String.valueOf(summary.budgetYear() - 1),
                        costs.stream().map(c -> Figures.euros(c.previousCents())).toList())), true);
    }

    /** The annual summary as a one-page PDF. */
    public StreamedContent pdf() {
        return Files.streamed(fileName() + ".pdf", "application/pdf", new SummaryPdf(this::text, FacesMessages.pageLocale()).write(List.of(summary)));
    }

    public MemberSummary getSummary() {
        return summary;
    }

    public List<Member> getChoices() {
        return choices;
    }

    public Long getMemberId() {
        return memberId;
    }

    public void setMemberId(Long memberId) {
        this.memberId = memberId;
    }
}
