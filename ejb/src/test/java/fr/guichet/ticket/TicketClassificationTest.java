package fr.guichet.ticket;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import fr.guichet.sla.Impact;
import fr.guichet.sla.TicketType;
import fr.guichet.sla.Urgency;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TicketClassificationTest {

    private static final Map<Long, String> SERVICES = Map.of(1L, "Messagerie collaborative", 2L, "Parc d'impression");

    @Test
    void theHistorySaysEachChangeInFrench() {
        TicketClassification before = new TicketClassification(TicketType.INCIDENT, null, Impact.USER, Urgency.MEDIUM);
        TicketClassification after = new TicketClassification(TicketType.REQUEST, 2L, Impact.SERVICE, Urgency.HIGH);
        assertEquals(List.of("type : Incident → Demande", "service : aucun → Parc d'impression",
                        "impact : Une personne → Un service de la commune", "urgence : Moyenne → Haute"),
                after.changesFrom(before, SERVICES::get));
    }

    @Test
    void onlyWhatChangedIsSaid() {
        TicketClassification before = new TicketClassification(TicketType.INCIDENT, 1L, Impact.USER, Urgency.MEDIUM);
        TicketClassification after = new TicketClassification(TicketType.INCIDENT, 1L, Impact.USER, Urgency.HIGH);
        assertEquals(List.of("urgence : Moyenne → Haute"), after.changesFrom(before, SERVICES::get));
        assertEquals(List.of(), before.changesFrom(before, SERVICES::get));
    }

    @Test
    void everyTypeImpactAndUrgencyHasItsFrenchLabel() {
        TicketClassification base = new TicketClassification(TicketType.INCIDENT, null, Impact.USER, Urgency.LOW);
        for (TicketType type : TicketType.values()) {
            for (Impact impact : Impact.values()) {
                for (Urgency urgency : Urgency.values()) {
                    new TicketClassification(type, null, impact, urgency).changesFrom(base, SERVICES::get)
                            .forEach(line -> assertFalse(line.contains("stored."), line));
                }
            }
        }
    }
}
