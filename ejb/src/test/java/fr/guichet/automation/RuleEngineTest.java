package fr.guichet.automation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import fr.guichet.sla.Priority;
import fr.guichet.sla.TicketType;
import fr.guichet.ticket.Channel;
import java.util.List;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

    private static final long CORBAS = 3;
    private static final long GIVORS = 4;
    private static final long FIRST_LINE = 1;
    private static final long NETWORK = 3;
    private static final long SECURITY = 4;

    private static final TicketFacts PRINTER = new TicketFacts(CORBAS, 12L, TicketType.INCIDENT, Priority.P3,
            "L'imprimante de l'accueil est hors ligne", Channel.PHONE, FIRST_LINE, null);

    @Test
    void everyConditionMustHold() {
        assertEquals(List.of("réseau Corbas"), fired(List.of(
                rule(1, 10, new RuleConditions(CORBAS, null, null, null, null, null), route(NETWORK), "réseau Corbas"),
                rule(2, 20, new RuleConditions(GIVORS, null, null, null, null, null), route(NETWORK), "réseau Givors"),
                rule(3, 30, new RuleConditions(CORBAS, 99L, null, null, null, null), route(NETWORK), "autre service"),
                rule(4, 40, new RuleConditions(null, null, TicketType.REQUEST, null, null, null), route(NETWORK), "demandes"),
                rule(5, 50, new RuleConditions(null, null, null, null, null, Channel.MAIL), route(NETWORK), "courriels")),
                PRINTER));
    }

    @Test
    void wordsAreMatchedWithoutAccentsCaseNorPlural() {
        RuleConditions printers = new RuleConditions(null, null, null, null, "IMPRIMANTES hors-ligne", null);
        assertEquals(List.of("imprimantes"), fired(List.of(rule(1, 1, printers, route(NETWORK), "imprimantes")), PRINTER));
        RuleConditions screen = new RuleConditions(null, null, null, null, "écran", null);
        assertEquals(List.of(), fired(List.of(rule(1, 1, screen, route(NETWORK), "écrans")), PRINTER));
    }

    @Test
    void rulesActInTheirOrderAndALaterRuleSeesWhatAnEarlierOneDid() {
        List<RuleDefinition> rules = List.of(
                rule(7, 20, new RuleConditions(null, null, null, Priority.P1, null, null), route(SECURITY), "P1 en sécurité"),
                rule(8, 10, new RuleConditions(null, null, null, null, "accueil", null), priority(Priority.P1), "accueil en P1"));
        List<RuleEngine.Firing> firings = RuleEngine.evaluate(rules, RuleTrigger.TICKET_CREATED, PRINTER);
        assertEquals(List.of("accueil en P1", "P1 en sécurité"), firings.stream().map(f -> f.rule().name()).toList());
        assertEquals(SECURITY, firings.get(1).after().groupId());
        assertEquals(Priority.P1, firings.get(1).after().priority());
    }

    @Test
    void rulesThatUndoEachOtherActOnceEachAndStop() {
        List<RuleDefinition> pingPong = List.of(
                rule(1, 1, new RuleConditions(null, null, null, Priority.P3, null, null), priority(Priority.P2), "P3 → P2"),
                rule(2, 2, new RuleConditions(null, null, null, Priority.P2, null, null), priority(Priority.P3), "P2 → P3"));
        List<RuleEngine.Firing> firings = RuleEngine.evaluate(pingPong, RuleTrigger.TICKET_CREATED, PRINTER);
        assertEquals(List.of("P3 → P2", "P2 → P3"), firings.stream().map(f -> f.rule().name()).toList());
        assertEquals(Priority.P3, firings.get(1).after().priority());
    }

    @Test
    void onlyTheRulesOfTheEventAreLookedAt() {
        RuleDefinition onUpdate = new RuleDefinition(1, "mise à jour", 1, RuleTrigger.TICKET_UPDATED, null, RuleConditions.ANY,
                route(NETWORK), 1);
        assertEquals(List.of(), fired(List.of(onUpdate), PRINTER));
        assertEquals(1, RuleEngine.evaluate(List.of(onUpdate), RuleTrigger.TICKET_UPDATED, PRINTER).size());
    }

    @Test
    void routingToAGroupDropsTheAssigneeUnlessTheRuleNamesOne() {
        TicketFacts assigned = new TicketFacts(CORBAS, null, TicketType.INCIDENT, Priority.P3, "Panne", Channel.WEB, FIRST_LINE, 42L);
        assertEquals(null, assigned.after(route(NETWORK)).assigneeId());
        assertEquals(7L, assigned.after(new RuleActions(NETWORK, 7L, null, null, null)).assigneeId());
        assertEquals(42L, assigned.after(priority(Priority.P1)).assigneeId());
    }

    private static List<String> fired(List<RuleDefinition> rules, TicketFacts ticket) {
        return RuleEngine.evaluate(rules, RuleTrigger.TICKET_CREATED, ticket).stream().map(f -> f.rule().name()).toList();
    }

    private static RuleDefinition rule(long id, int position, RuleConditions when, RuleActions then, String name) {
        return new RuleDefinition(id, name, position, RuleTrigger.TICKET_CREATED, null, when, then, 1);
    }

    private static RuleActions route(long group) {
        return new RuleActions(group, null, null, null, null);
    }

    private static RuleActions priority(Priority priority) {
        return new RuleActions(null, null, priority, null, null);
    }
}
