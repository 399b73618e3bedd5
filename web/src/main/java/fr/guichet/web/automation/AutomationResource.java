package fr.guichet.web.automation;

import static fr.guichet.web.api.ApiEnums.lower;

import fr.guichet.automation.AutomationRule;
import fr.guichet.automation.AutomationRules;
import fr.guichet.automation.RuleActions;
import fr.guichet.automation.RuleConditions;
import fr.guichet.automation.RuleDraft;
import fr.guichet.automation.RuleTrigger;
import fr.guichet.automation.TimedRules;
import fr.guichet.common.BusinessRuleException;
import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import fr.guichet.ticket.Channel;
import fr.guichet.web.api.QueryParams;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Automation rules under {@code /api/v1/automation}: managers keep them and review what they did. */
@Path("/v1/automation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class AutomationResource {

    @Inject
    private AutomationRules rules;

    @Inject
    private TimedRules timed;

    @GET
    @Path("rules")
    public List<RuleDto> list() {
        return rules.list().stream().map(RuleDto::of).toList();
    }

    @GET
    @Path("rules/{id}")
    public RuleDto get(@PathParam("id") long id) {
        return RuleDto.of(rules.get(id));
    }

    @POST
    @Path("rules")
    public Response create(@NotNull RuleBody body, @Context UriInfo uri) {
        AutomationRule created = rules.create(body.draft());
        return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(created.getId())).build()).entity(RuleDto.of(created))
                .build();
    }

    @PUT
    @Path("rules/{id}")
    public RuleDto update(@PathParam("id") long id, @NotNull RuleBody body) {
        return RuleDto.of(rules.update(id, body.draft()));
    }

    @PUT
    @Path("rules/{id}/active")
    public RuleDto setActive(@PathParam("id") long id, @NotNull ActiveBody body) {
        if (body.active() == null) {
            throw new BusinessRuleException("error.invalidValue", "active", "null");
        }
        return RuleDto.of(rules.setActive(id, body.active()));
    }

    /** What the rules did on a day (Paris), today by default. */
    @GET
    @Path("runs")
    public List<AutomationRules.RunLine> runs(@QueryParam("day") String day, @QueryParam("size") @DefaultValue("100") int size) {
        return rules.runs(day(day), size);
    }

    /** Runs the timed rules now rather than at the timer's next pass; answers how many times rules acted. */
    @POST
    @Path("timed-runs")
    public TimedRunDto runTimedRules() {
        return new TimedRunDto(timed.runAll(Instant.now()));
    }

    private static LocalDate day(String value) {
        if (value == null || value.isBlank()) {
            return LocalDate.now(ZoneId.of("Europe/Paris"));
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new BusinessRuleException("error.invalidValue", "day", value);
        }
    }

    public record RuleBody(String name, String trigger, Integer position, Integer delay, Long memberId, Long serviceId, String type,
                           String priority, String words, String channel, Long groupId, Long assigneeId, String setPriority,
                           Long watcherId, Long answerId) {
        RuleDraft draft() {
            return new RuleDraft(name, QueryParams.enumValue("trigger", RuleTrigger.class, trigger), position == null ? 0 : position, delay,
                    new RuleConditions(memberId, serviceId, QueryParams.enumValue("type", TicketType.class, type),
                            QueryParams.enumValue("priority", Priority.class, priority), words,
                            QueryParams.enumValue("channel", Channel.class, channel)),
                    new RuleActions(groupId, assigneeId, QueryParams.enumValue("setPriority", Priority.class, setPriority), watcherId,
                            answerId));
        }
    }

    public record ActiveBody(Boolean active) {
    }

    public record TimedRunDto(int acted) {
    }

    public record RuleDto(long id, String name, String trigger, int position, boolean active, Integer delay, Long memberId,
                          Long serviceId, String type, String priority, String words, String channel, Long groupId, Long assigneeId,
                          String setPriority, Long watcherId, Long answerId, Instant updatedAt) {
        static RuleDto of(AutomationRule r) {
            RuleConditions when = r.conditions();
            RuleActions then = r.actions();
            return new RuleDto(r.getId(), r.getName(), lower(r.getTrigger()), r.getPosition(), r.isActive(), r.getDelay(), when.memberId(),
                    when.serviceId(), lower(when.type()), when.priority() == null ? null : when.priority().name(), when.words(),
                    lower(when.channel()), then.groupId(), then.assigneeId(), then.priority() == null ? null : then.priority().name(),
                    then.watcherId(), then.answerId(), r.getUpdatedAt());
        }
    }
}
