package fr.guichet.web.export;

import fr.guichet.audit.AuditFilter;
import fr.guichet.audit.AuditLog;
import fr.guichet.common.Page;
import fr.guichet.common.PageRequest;
import fr.guichet.demand.DemandFilter;
import fr.guichet.demand.DemandService;
import fr.guichet.identity.UserFilter;
import fr.guichet.identity.UserService;
import fr.guichet.request.RequestFilter;
import fr.guichet.request.RequestService;
import fr.guichet.subscription.SubscriptionService;
import fr.guichet.ticket.TicketFilter;
import fr.guichet.ticket.TicketLists;
import fr.guichet.web.i18n.Texts;
import fr.guichet.web.report.TableExport;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Every list as a file, with the caller's filters and scope (the same services as the list pages and the API):
 * tickets and the audit log streamed from the database a chunk at a time, the smaller lists page by page. Rows go
 * to the writer as they are read, so a million of them never sit in memory. Column titles in the caller's language.
 */
@RequestScoped
public class ListExport {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Europe/Paris"));

    @Inject
    private TicketLists tickets;

    @Inject
    private AuditLog audit;

    @Inject
    private UserService users;

    @Inject
    private RequestService requests;

    @Inject
    private DemandService demands;

    @Inject
    private SubscriptionService subscriptions;

    public void tickets(TicketFilter filter, TableExport.Writer out, Locale locale) throws IOException {
        out.sheet(Texts.get(locale, "export.tickets"), headers(locale, "tickets.reference", "tickets.subject", "ticket.type",
                "tickets.priority", "tickets.status", "users.member", "catalog.service", "tickets.group", "tickets.assignee",
                "tickets.requester", "tickets.createdAt", "export.updatedAt", "ticket.resolutionDue", "tickets.breached"));
        tickets.export(filter, row -> write(out, Arrays.asList(row.reference(), row.subject(),
                Texts.get(locale, "ticket.type." + row.type()), row.priority().name(), Texts.get(locale, "ticket.status." + row.status()),
                row.memberName(), row.serviceName(), row.groupName(), row.assigneeName(), row.requesterName(), when(row.createdAt()),
                when(row.updatedAt()), when(row.resolutionDue()),
                Texts.get(locale, row.breached() ? "tickets.breached.yes" : "tickets.breached.no"))));
    }

    public void audit(AuditFilter filter, TableExport.Writer out, Locale locale) throws IOException {
        out.sheet(Texts.get(locale, "audit.title"), headers(locale, "audit.when", "audit.actor", "audit.action", "audit.entityType",
                "audit.entityId", "users.member", "audit.summary"));
        audit.export(filter, entry -> write(out, Arrays.asList(when(entry.getOccurredAt()), entry.getActorLogin(), entry.getAction(),
                entry.getEntityType(), entry.getEntityId(), entry.getMemberId(), entry.getSummary())));
    }

    public void users(UserFilter filter, TableExport.Writer out, Locale locale) throws IOException {
        out.sheet(Texts.get(locale, "users.title"), headers(locale, "users.login", "users.fullName", "users.email", "users.member",
                "users.roles", "users.status"));
        pages(page -> users.search(filter, page), user -> write(out, Arrays.asList(user.login(), user.fullName(), user.email(),
                user.memberName(), String.join(", ", user.roles().stream().map(r -> Texts.get(locale, "role." + r.groupName())).sorted()
                        .toList()), Texts.get(locale, user.active() ? "users.status.active" : "users.status.inactive"))));
    }

    public void requests(RequestFilter filter, TableExport.Writer out, Locale locale) throws IOException {
        out.sheet(Texts.get(locale, "requests.title"), headers(locale, "requests.reference", "users.member", "catalog.service",
                "requests.requester", "requests.assignee", "requests.status", "requests.createdAt", "export.updatedAt"));
        pages(page -> requests.search(filter, page), request -> write(out, Arrays.asList(request.reference(), request.memberName(),
                request.serviceName(), request.requesterName(), request.assigneeName(),
                Texts.get(locale, "request.status." + request.status()), when(request.createdAt()), when(request.updatedAt()))));
    }

    public void demands(DemandFilter filter, TableExport.Writer out, Locale locale) throws IOException {
        out.sheet(Texts.get(locale, "demands.title"), headers(locale, "export.reference", "demand.title", "demand.kind", "demand.state",
                "users.member", "export.supporters", "export.score", "export.rank", "export.quarter", "export.submittedAt"));
        pages(page -> demands.search(filter, page), demand -> write(out, Arrays.asList(demand.reference(), demand.title(),
                Texts.get(locale, "demand.kind." + demand.kind()), Texts.get(locale, "demand.state." + demand.state()),
                demand.memberName(), demand.supporters(), demand.score(), demand.rank(), demand.targetQuarter(), when(demand.createdAt()))));
    }

    public void subscriptions(Long memberId, Long serviceId, TableExport.Writer out, Locale locale) throws IOException {
        out.sheet(Texts.get(locale, "subscriptions.title"), headers(locale, "users.member", "catalog.service",
                "subscriptions.quantity", "export.unit", "export.state", "subscriptions.since"));
        pages(page -> subscriptions.search(memberId, serviceId, page), subscription -> write(out, Arrays.asList(
                subscription.memberName(), subscription.serviceName(), subscription.quantity(), subscription.usageUnit(),
                Texts.get(locale, "subscription.status." + subscription.status()), subscription.startDate().toString())));
    }

    /** Page after page of a list that has no export of its own (a few thousand rows at most), each page its own read. */
    private static <T> void pages(Function<PageRequest, Page<T>> search, Consumer<T> sink) {
        for (int page = 0; ; page++) {
            Page<T> found = search.apply(new PageRequest(page, PageRequest.MAX_SIZE));
            found.items().forEach(sink);
            if (found.items().size() < PageRequest.MAX_SIZE) {
                return;
            }
        }
    }

    private static List<String> headers(Locale locale, String... keys) {
        List<String> headers = new ArrayList<>();
        for (String key : keys) {
            headers.add(Texts.get(locale, key));
        }
        return headers;
    }

    private static String when(Instant instant) {
        return instant == null ? null : WHEN.format(instant);
    }

    private static void write(TableExport.Writer out, List<?> row) {
        try {
            out.row(row);
        } catch (IOException broken) {
            throw new UncheckedIOException(broken);
        }
    }
}
