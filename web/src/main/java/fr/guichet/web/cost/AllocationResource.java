package fr.guichet.web.cost;

import fr.guichet.catalog.FundingMode;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.common.Decimals;
import fr.guichet.cost.AllocationLine;
import fr.guichet.cost.AllocationService;
import fr.guichet.cost.BudgetItem;
import fr.guichet.cost.CostSheet;
import fr.guichet.cost.DistributionKey;
import fr.guichet.cost.DistributionKeys;
import fr.guichet.cost.KeyKind;
import fr.guichet.cost.KeyRules;
import fr.guichet.cost.ServiceAllocation;
import fr.guichet.web.api.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Cost sharing under {@code /api/v1/allocations}: a budget year's shares (commune users see their own
 * lines, staff all), a simulation of a year with other costs, modes or keys (direction, managers), the
 * voted budget and keys of a year (direction), and the largest-remainder rule on its own.
 */
@Path("/v1/allocations")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AllocationResource {

    @Inject
    private AllocationService allocations;

    @Inject
    private DistributionKeys distributionKeys;

    @GET
    @Path("{year}")
    public SheetDto year(@PathParam("year") int year) {
        return SheetDto.of(allocations.year(year));
    }

    @POST
    @Path("{year}/simulation")
    public SheetDto simulate(@PathParam("year") int year, @NotNull @Valid SimulationBody body) {
        return SheetDto.of(allocations.simulate(year, body.items(), body.keyChanges()));
    }

    /** Records the budget voted for a year (direction, administrators): same body as a simulation. */
    @PUT
    @Path("{year}/budget")
    public SheetDto adopt(@PathParam("year") int year, @NotNull @Valid SimulationBody body) {
        return SheetDto.of(allocations.adopt(year, body.items(), body.keyChanges()));
    }

    /** The distribution keys that apply to a year (its own, or the latest earlier year's): staff. */
    @GET
    @Path("{year}/keys")
    public List<KeyDto> keys(@PathParam("year") int year) {
        return distributionKeys.of(year).stream().map(KeyDto::of).toList();
    }

    /** Records a key of a year, as voted (direction, administrators). */
    @PUT
    @Path("{year}/keys/{code}")
    public KeyDto saveKey(@PathParam("year") int year, @PathParam("code") String code, @NotNull @Valid KeyBody body) {
        return KeyDto.of(distributionKeys.save(year, code, body.name(),
                QueryParams.enumValue("kind", KeyKind.class, body.kind()), memberWeights(body.weights())));
    }

    @POST
    @Path("preview")
    public PreviewResult preview(@NotNull @Valid PreviewBody body) {
        Map<String, Long> shares = new LinkedHashMap<>();
        allocations.preview(body.totalCents(), memberWeights(body.weights()))
                .forEach((member, cents) -> shares.put(String.valueOf(member), cents));
        return new PreviewResult(shares);
    }

    private static Map<Long, BigDecimal> memberWeights(Map<String, BigDecimal> weights) {
        Map<Long, BigDecimal> byMember = new TreeMap<>();
        weights.forEach((member, weight) -> {
            try {
                byMember.put(Long.parseLong(member.strip()), weight);
            } catch (NumberFormatException notAnId) {
                throw new BusinessRuleException("allocation.member.invalid", member);
            }
            if (!KeyRules.storable(weight)) {
                throw new BusinessRuleException("allocation.weight.invalid", member);
            }
        });
        return byMember;
    }

    public record PreviewBody(@NotNull @PositiveOrZero Long totalCents, @NotNull @NotEmpty Map<String, BigDecimal> weights) {
    }

    public record KeyBody(@Size(max = 150) String name, String kind, @NotNull Map<String, BigDecimal> weights) {
    }

    public record KeyDto(int year, String code, String name, String kind, Map<String, BigDecimal> weights) {
        static KeyDto of(DistributionKey key) {
            Map<String, BigDecimal> weights = new LinkedHashMap<>();
            key.weights().forEach((member, weight) -> weights.put(String.valueOf(member), Decimals.plain(weight)));
            return new KeyDto(key.year(), key.code(), key.name(), key.kind().name(), weights);
        }
    }

    public record PreviewResult(Map<String, Long> shares) {
    }

    public record ServiceBody(@NotNull Long serviceId, @NotNull @PositiveOrZero Long costCents, @NotNull String fundingMode, String key) {
    }

    public record SimulationBody(@NotNull List<@NotNull @Valid ServiceBody> services, Map<String, Map<String, BigDecimal>> keys) {

        List<BudgetItem> items() {
            return services.stream().map(s -> new BudgetItem(s.serviceId(), s.costCents(),
                    QueryParams.enumValue("fundingMode", FundingMode.class, s.fundingMode()), s.key())).toList();
        }

        Map<String, Map<Long, BigDecimal>> keyChanges() {
            Map<String, Map<Long, BigDecimal>> changes = new TreeMap<>();
            if (keys != null) {
                keys.forEach((code, weights) -> changes.put(code, memberWeights(weights == null ? Map.of() : weights)));
            }
            return changes;
        }
    }

    public record LineDto(long memberId, String member, long cents, BigDecimal basis, long days) {
    }

    public record ServiceDto(long serviceId, String service, String fundingMode, String key, String keyName, long costCents,
                             long unallocatedCents, List<LineDto> lines) {
    }

    public record SheetDto(int year, boolean simulated, long totalCostCents, Map<String, Long> totalsByMember,
                           List<ServiceDto> services) {

        static SheetDto of(CostSheet sheet) {
            Map<String, Long> totals = new LinkedHashMap<>();
            sheet.totalsByMember().forEach((member, cents) -> totals.put(String.valueOf(member), cents));
            List<ServiceDto> services = sheet.services().stream().map(s -> service(sheet, s)).toList();
            return new SheetDto(sheet.year(), sheet.simulated(), sheet.totalCost(), totals, services);
        }

        private static ServiceDto service(CostSheet sheet, ServiceAllocation s) {
            BudgetItem item = s.item();
            List<LineDto> lines = s.lines().stream().map((AllocationLine l) -> new LineDto(l.memberId(),
                    sheet.memberNames().get(l.memberId()), l.cents(), l.basis(), l.days())).toList();
            return new ServiceDto(item.serviceId(), sheet.serviceNames().get(item.serviceId()), item.mode().name(), item.keyCode(),
                    sheet.keyNames().get(item.keyCode()), item.costCents(), s.unallocatedCents(), lines);
        }
    }
}
