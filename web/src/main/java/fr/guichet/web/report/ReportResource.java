package fr.guichet.web.report;

import fr.guichet.common.Decimals;
import fr.guichet.report.Comparison;
import fr.guichet.report.Compliance;
import fr.guichet.report.MemberSummary;
import fr.guichet.report.Period;
import fr.guichet.report.ReportService;
import fr.guichet.report.ServiceFigures;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Dashboards under {@code /api/v1/reports}: a commune's summary (its référents, managers and direction;
 * another commune's is 404) and the figures of a service (staff). Periods are {@code from} and
 * {@code to} as AAAA-MM-JJ, both included; by default the year to date.
 */
@Path("/v1/reports")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ReportResource {

    @Inject
    private ReportService reports;

    @GET
    @Path("members/{id}/summary")
    public SummaryDto summary(@PathParam("id") long memberId, @QueryParam("from") String from, @QueryParam("to") String to) {
        return SummaryDto.of(reports.memberSummary(memberId, Periods.parse(from, to)));
    }

    @GET
    @Path("services/{id}")
    public ServiceDto service(@PathParam("id") long serviceId, @QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Periods.parse(from, to);
        return ServiceDto.of(reports.service(serviceId, period), period);
    }

    /** All members side by side (managers and direction). */
    @GET
    @Path("members")
    public ComparisonDto members(@QueryParam("from") String from, @QueryParam("to") String to) {
        return ComparisonDto.of(reports.compare(Periods.parse(from, to)));
    }

    /** Every service's figures (managers and direction). */
    @GET
    @Path("services")
    public List<ServiceDto> services(@QueryParam("from") String from, @QueryParam("to") String to) {
        Period period = Periods.parse(from, to);
        return reports.services(period).stream().map(f -> ServiceDto.of(f, period)).toList();
    }

    public record ComplianceDto(long met, long measured, BigDecimal percent) {
        static ComplianceDto of(Compliance compliance) {
            return new ComplianceDto(compliance.met(), compliance.measured(), compliance.percent());
        }
    }

    public record MonthDto(String month, long opened, long resolved) {
    }

    public record OpenDto(String priority, long underADay, long underAWeek, long underAMonth, long older, long total) {
    }

    public record CostDto(long serviceId, String service, String fundingMode, String key, long cents, long previousCents) {
    }

    public record SubscriptionDto(String service, BigDecimal quantity, String unit, String status) {
    }

    public record SummaryDto(long memberId, String member, long population, String from, String to, long ticketsOpened,
                             long ticketsResolved, List<MonthDto> months, ComplianceDto firstResponse, ComplianceDto resolution,
                             BigDecimal medianResolutionHours, List<OpenDto> openTickets, long ratings,
                             BigDecimal averageRating, Map<String, Long> requestsByStatus, List<SubscriptionDto> subscriptions,
                             long demandsSupported, int budgetYear, long costCents, long previousCostCents, List<CostDto> costs) {

        static SummaryDto of(MemberSummary s) {
            return new SummaryDto(s.memberId(), s.memberName(), s.population(), s.period().from().toString(),
                    s.period().to().toString(), s.ticketsOpened(), s.ticketsResolved(),
                    s.months().stream().map(m -> new MonthDto(m.month(), m.opened(), m.resolved())).toList(),
                    ComplianceDto.of(s.firstResponse()), ComplianceDto.of(s.resolution()), s.medianResolutionHours(),
                    s.openTickets().stream().map(o -> new OpenDto(o.priority(), o.underADay(), o.underAWeek(), o.underAMonth(),
                            o.older(), o.total())).toList(),
                    s.satisfaction().ratings(), s.satisfaction().average(), s.requestsByStatus(),
                    s.subscriptions().stream().map(l -> new SubscriptionDto(l.serviceName(), l.quantity(), l.unit(), l.status())).toList(),
                    s.demandsSupported(), s.budgetYear(), s.costCents(), s.previousCostCents(),
                    s.costs().stream().map(c -> new CostDto(c.serviceId(), c.serviceName(), c.fundingMode(), c.keyName(), c.cents(),
                            c.previousCents())).toList());
        }
    }

    public record MemberLineDto(long memberId, String member, long population, long ticketsOpened,
                                BigDecimal ticketsPerThousandInhabitants, ComplianceDto firstResponse, ComplianceDto resolution,
                                long costCents, BigDecimal costPerInhabitant, Map<String, BigDecimal> usage) {
    }

    public record ComparisonDto(String from, String to, int budgetYear, List<MemberLineDto> members) {

        static ComparisonDto of(Comparison c) {
            return new ComparisonDto(c.period().from().toString(), c.period().to().toString(), c.budgetYear(),
                    c.members().stream().map(m -> new MemberLineDto(m.memberId(), m.memberName(), m.population(), m.ticketsOpened(),
                            m.ticketsPerThousandInhabitants(), ComplianceDto.of(m.firstResponse()), ComplianceDto.of(m.resolution()),
                            m.costCents(), m.costPerInhabitant(), usage(c, m.memberId()))).toList());
        }

        /** Service code → the member's usage over the period, for measured services with a value. */
        private static Map<String, BigDecimal> usage(Comparison c, long memberId) {
            Map<String, BigDecimal> usage = new TreeMap<>();
            c.services().forEach(s -> {
                BigDecimal value = c.usage(s.serviceId(), memberId);
                if (value != null) {
                    usage.put(s.name(), Decimals.plain(value));
                }
            });
            return usage;
        }
    }

    public record ServiceDto(long serviceId, String code, String name, String fundingMode, String from, String to,
                             long subscribers, long ticketsOpened, ComplianceDto resolution, long costCents, long allocatedCents,
                             BigDecimal recoveryPercent) {

        static ServiceDto of(ServiceFigures f, Period period) {
            return new ServiceDto(f.serviceId(), f.code(), f.name(), f.fundingMode(), period.from().toString(),
                    period.to().toString(), f.subscribers(), f.ticketsOpened(), ComplianceDto.of(f.resolution()), f.costCents(),
                    f.allocatedCents(), f.recoveryPercent());
        }
    }
}
