package fr.guichet.ticket;

import fr.guichet.common.StoredTexts;
import fr.guichet.sla.Impact;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import jakarta.validation.constraints.NotNull;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.LongFunction;

/**
 * What a ticket is: its type, service, impact and urgency. Its priority and service-level targets follow from
 * these, so staff correct them together and the ticket's SLA is computed again ({@link TicketService#reclassify}).
 */
public record TicketClassification(@NotNull TicketType type, Long serviceId, @NotNull Impact impact,
                                   @NotNull Urgency urgency) implements Serializable {

    static TicketClassification of(Ticket ticket) {
        return new TicketClassification(ticket.getType(), ticket.getServiceId(), ticket.getImpact(), ticket.getUrgency());
    }

    /** What differs from {@code before}, one French line each for the history ("urgence : Moyenne → Haute"). */
    List<String> changesFrom(TicketClassification before, LongFunction<String> serviceName) {
        List<String> changes = new ArrayList<>();
        if (before.type != type) {
            changes.add(change("type", label(before.type), label(type)));
        }
        if (!Objects.equals(before.serviceId, serviceId)) {
            changes.add(change("service", service(before.serviceId, serviceName), service(serviceId, serviceName)));
        }
        if (before.impact != impact) {
            changes.add(change("impact", label(before.impact), label(impact)));
        }
        if (before.urgency != urgency) {
            changes.add(change("urgency", label(before.urgency), label(urgency)));
        }
        return changes;
    }

    private static String change(String field, String from, String to) {
        return StoredTexts.get("stored.ticket.change", StoredTexts.get("stored.ticket.field." + field), from, to);
    }

    private static String label(Enum<?> value) {
        return StoredTexts.get("stored.ticket." + value.getDeclaringClass().getSimpleName() + "." + value.name());
    }

    private static String service(Long id, LongFunction<String> serviceName) {
        return id == null ? StoredTexts.get("stored.ticket.noService") : serviceName.apply(id);
    }
}
