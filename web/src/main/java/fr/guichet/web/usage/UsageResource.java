package fr.guichet.web.usage;

import fr.guichet.common.BusinessRuleException;
import fr.guichet.usage.ImportResult;
import fr.guichet.usage.UsageService;
import fr.guichet.usage.UsageSheet;
import fr.guichet.web.api.QueryParams;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.shell.Files;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;

/**
 * Usage indicators under {@code /api/v1/usage}: a member's values of a year, a value entered by a
 * manager, and CSV imports ({@code dryRun=true} checks the file and keeps nothing).
 */
@Path("/v1/usage")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class UsageResource {

    @Inject
    private UsageService usage;

    @GET
    public List<ValueDto> year(@QueryParam("memberId") long memberId, @QueryParam("year") int year) {
        return usage.yearOf(memberId, QueryParams.year("year", year)).stream()
                .map(e -> new ValueDto(e.memberId(), e.serviceId(), e.month().toString(), e.value())).toList();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public Response enter(@NotNull ValueDto body) {
        usage.enter(body.memberId(), body.serviceId(), month(body.month()), body.value());
        return Response.noContent().build();
    }

    /** The file's bytes as the body (CSV, UTF-8 or Windows-1252), its name as {@code ?name=}. */
    @POST
    @Path("imports")
    @Consumes(MediaType.WILDCARD)
    public Response importFile(@QueryParam("name") String name, @QueryParam("dryRun") @DefaultValue("false") boolean dryRun,
                               InputStream body) throws IOException {
        byte[] content = Files.read(body);
        if (dryRun) {
            UsageSheet sheet = usage.preview(name, content);
            return Response.ok(new PreviewDto(sheet.lineCount(), sheet.entries().size(), sheet.problems().stream()
                    .map(p -> new ProblemDto(p.line(), Texts.get(Locale.FRENCH, p.messageKey(), p.arguments().toArray()))).toList()))
                    .build();
        }
        ImportResult result = usage.importFile(name, content);
        return Response.status(Response.Status.CREATED).entity(new ImportDto(result.importId(), result.fileName(), result.values())).build();
    }

    private static YearMonth month(String text) {
        try {
            YearMonth month = text == null ? null : YearMonth.parse(text.strip());
            if (month != null) {
                QueryParams.year("month", month.getYear());
            }
            return month;
        } catch (DateTimeParseException malformed) {
            throw new BusinessRuleException("usage.import.month", text);
        }
    }

    public record ValueDto(long memberId, long serviceId, String month, BigDecimal value) {
    }

    public record ProblemDto(long line, String message) {
    }

    public record PreviewDto(long lines, long valid, List<ProblemDto> problems) {
    }

    public record ImportDto(long id, String fileName, int values) {
    }
}
