package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.time.Year;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What the API probes need of one member (the owner, Métropole de Lyon, which no other test uses): one
 * row of each member-owned kind, its private texts marked with a nonce, and the value that stands for
 * each path parameter. Path parameters are found by the collection they follow ("/api/v1/tickets" for
 * {@code /api/v1/tickets/{id}/...}), so a new endpoint under a known collection is probed as it is.
 */
final class ProbeFixture {

    static final String OWNER_SLUG = "metropole-lyon";
    static final String OWNER_NAME = "Métropole de Lyon";
    static final String OWNER_AGENT = OWNER_SLUG + ".agent1";
    static final String OWNER_REFERENT = OWNER_SLUG + ".referent";
    /** Users of another member, who must never see nor change the owner's rows. */
    static final List<String> FOREIGN = List.of("saint-chamond.referent", "saint-chamond.agent1");

    final String nonce = "sonde" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    final long memberId;
    final long serviceId;
    private final Map<String, String> byCollection = new LinkedHashMap<>();

    ProbeFixture() {
        memberId = Sql.number("SELECT id FROM member WHERE slug = ?", OWNER_SLUG);
        serviceId = Sql.number("SELECT id FROM catalog_service WHERE code = 'messagerie'");
        long item = created(Api.as("tech1").post("/api/v1/configuration-items", "{\"memberId\":" + memberId + ",\"serviceId\":"
                + serviceId + ",\"kind\":\"server\",\"name\":\"Serveur " + nonce + "\",\"state\":\"in_service\","
                + "\"attributes\":{\"hostname\":\"mx-sonde.example.fr\",\"os\":\"Sonde " + nonce + "\"}}"));
        long ticket = created(Api.as(OWNER_AGENT).post("/api/v1/tickets", "{\"subject\":\"Sonde " + nonce
                + "\",\"description\":\"Isolement " + nonce + "\",\"type\":\"incident\",\"impact\":\"user\",\"urgency\":\"low\","
                + "\"configurationItemId\":" + item + "}"));
        created(Api.as(OWNER_AGENT).post("/api/v1/tickets/" + ticket + "/comments", "{\"body\":\"Commentaire " + nonce + "\"}"));
        long request = created(Api.as(OWNER_AGENT).post("/api/v1/requests", "{\"serviceId\":" + serviceId
                + ",\"answers\":{\"mailboxes\":2,\"service_name\":\"Direction " + nonce + "\"},\"draft\":true,\"comment\":\"Demande " + nonce + "\"}"));
        long demand = Sql.number("SELECT MIN(id) FROM demand WHERE member_id = ?", memberId);
        long registration = Sql.number("SELECT MIN(id) FROM training_registration WHERE member_id = ?", memberId);
        byCollection.put("/api/v1/members", String.valueOf(memberId));
        byCollection.put("/api/v1/users", String.valueOf(Sql.number("SELECT id FROM user_account WHERE login = ?", OWNER_AGENT)));
        byCollection.put("/api/v1/subscriptions", String.valueOf(Sql.number("SELECT MIN(id) FROM subscription WHERE member_id = ?", memberId)));
        byCollection.put("/api/v1/requests", String.valueOf(request));
        byCollection.put("/api/v1/training/sessions", String.valueOf(probeSession(registration)));
        byCollection.put("/api/v1/training/registrations", String.valueOf(registration));
        byCollection.put("/api/v1/tickets", String.valueOf(ticket));
        byCollection.put("/api/v1/tickets/{id}/attachments", String.valueOf(attachment("/api/v1/tickets/" + ticket, nonce)));
        byCollection.put("/api/v1/catalog/services", String.valueOf(serviceId));
        byCollection.put("/api/v1/canned-answers", String.valueOf(created(Api.as("chef.projet1").post("/api/v1/canned-answers",
                "{\"groupId\":" + named("groupId") + ",\"title\":\"Sonde\",\"body\":\"Réponse de la sonde {reference}\"}"))));
        byCollection.put("/api/v1/automation/rules", String.valueOf(created(Api.as("chef.projet1").post("/api/v1/automation/rules",
                "{\"name\":\"Sonde\",\"trigger\":\"ticket_updated\",\"words\":\"" + nonce + "\",\"setPriority\":\"P4\"}"))));
        byCollection.put("/api/v1/tickets/groups", String.valueOf(probeGroup()));
        byCollection.put("/api/v1/sla/policies", String.valueOf(Sql.number("SELECT MAX(id) FROM sla_policy")));
        byCollection.put("/api/v1/kb/articles", String.valueOf(Sql.number("SELECT MIN(id) FROM kb_article WHERE public_article = TRUE")));
        byCollection.put("/api/v1/demands", String.valueOf(demand));
        // A demand's attachments are as public as the demand: no private marker in them.
        byCollection.put("/api/v1/demands/{id}/attachments", String.valueOf(attachment("/api/v1/demands/" + demand, "sonde-demande")));
        byCollection.put("/api/v1/major-incidents", String.valueOf(probeIncident(ticket)));
        byCollection.put("/api/v1/configuration-items", String.valueOf(item));
        byCollection.put("/api/v1/problems", String.valueOf(probeProblem(ticket)));
        byCollection.put("/api/v1/tokens", String.valueOf(Api.as(OWNER_AGENT).post("/api/v1/tokens", "{\"name\":\"Sonde " + nonce + "\"}")
                .json().getJsonObject("token").getJsonNumber("id").longValue()));
        byCollection.put("/api/v1/changes", String.valueOf(created(Api.as("tech1").post("/api/v1/changes", "{\"title\":\"Changement sonde\","
                + "\"publicSummary\":\"Sonde\",\"plan\":\"Plan " + nonce + "\",\"backoutPlan\":\"Retour\",\"risk\":\"low\","
                + "\"interrupts\":false,\"windowStart\":\"2030-01-15T20:00:00+01:00\",\"windowEnd\":\"2030-01-15T22:00:00+01:00\","
                + "\"itemIds\":[" + item + "]}"))));
        byCollection.put("/api/v1/reports/members", String.valueOf(memberId));
        byCollection.put("/api/v1/reports/services", String.valueOf(serviceId));
    }

    /** A major incident that affects the owner alone, with the owner's ticket linked and an internal note. */
    private long probeIncident(long ticket) {
        // On a service no other test watches the state of.
        long storage = Sql.number("SELECT id FROM catalog_service WHERE code = 'stockage-s3'");
        long incident = created(Api.as("chef.projet1").post("/api/v1/major-incidents", "{\"title\":\"Panne sonde\",\"serviceIds\":["
                + storage + "],\"announcement\":\"Incident de la sonde " + nonce + "\"}"));
        Api.as("chef.projet1").put("/api/v1/major-incidents/" + incident + "/members", "{\"memberIds\":[" + memberId + "]}");
        Api.as("chef.projet1").put("/api/v1/major-incidents/" + incident + "/tickets/" + ticket, "");
        return incident;
    }

    /** A problem grouping the owner's ticket, its analysis marked with the nonce (staff only read problems). */
    private long probeProblem(long ticket) {
        long problem = created(Api.as("tech1").post("/api/v1/problems", "{\"title\":\"Problème sonde\",\"analysis\":\"Analyse "
                + nonce + "\"}"));
        Api.as("tech1").put("/api/v1/problems/" + problem + "/tickets/" + ticket, "");
        return problem;
    }

    /** The owner's row (or a shared one) that a path parameter names; a parameter nobody knows fails the probe. */
    String pathValue(ApiDocument.Operation operation, ApiDocument.Parameter parameter) {
        String path = operation.path();
        String collection = path.substring(0, path.indexOf("{" + parameter.name() + "}") - 1);
        String value = byCollection.getOrDefault(collection, named(parameter.name()));
        if (value == null) {
            throw new AssertionError(operation + ": no value for {" + parameter.name() + "} after " + collection
                    + " — add the collection to ProbeFixture (a member-owned row of the owner), or declare the"
                    + " parameter x-guichet-shared in openapi.yaml");
        }
        return value;
    }

    /** A plausible value of a query parameter or body property, by its name; null if none is known. */
    String named(String name) {
        return switch (name) {
            case "memberId", "member" -> String.valueOf(memberId);
            case "groupId", "group" -> String.valueOf(Sql.number("SELECT id FROM support_group WHERE code = 'support-n1'"));
            case "serviceId", "service", "serviceIds" -> String.valueOf(serviceId);
            case "ticketIds", "sourceTicketId", "targetTicketId", "linkedId", "ticketId" -> byCollection.get("/api/v1/tickets");
            case "userId" -> byCollection.get("/api/v1/users");
            case "incidentId" -> byCollection.get("/api/v1/major-incidents");
            case "ids", "intoId" -> byCollection.get("/api/v1/demands");
            case "year" -> String.valueOf(Year.now().getValue());
            case "code", "key" -> "population";
            case "quarter" -> "2027-T1";
            case "month" -> Year.now().getValue() + "-01";
            case "name" -> "sonde.txt";
            case "minutes" -> "60";
            case "day" -> Year.now().getValue() + "-05-15";
            // Rules the probes write act only on the probe's own tickets (their subjects hold the nonce).
            case "words" -> nonce;
            default -> null;
        };
    }

    /** Texts of the owner that another member must never read: the nonce always, the owner's name outside shared data. */
    List<String> markers(boolean sharedData) {
        return sharedData ? List.of(nonce) : List.of(nonce, OWNER_NAME, OWNER_SLUG);
    }

    /** Who calls an operation to reach its validation: a user holding its first declared role, else the administrator. */
    static String loginFor(ApiDocument.Operation operation) {
        if (operation.roles().isEmpty()) {
            return "admin";
        }
        return switch (operation.roles().get(0)) {
            case "agent" -> OWNER_AGENT;
            case "referent" -> OWNER_REFERENT;
            case "technician" -> "tech1";
            case "manager" -> "chef.projet1";
            case "director" -> "directeur";
            default -> "admin";
        };
    }

    private static long attachment(String owner, String text) {
        Api.Reply reply = Api.as(OWNER_AGENT).upload(owner + "/attachments?name=" + text + ".txt", "application/octet-stream",
                ("Pièce " + text + "\n").getBytes(StandardCharsets.UTF_8));
        return created(reply);
    }

    /**
     * A session of its own for the probes to correct and cancel, of the same training as the owner's registration, with
     * the owner's agent registered to it (so that its registrations are the owner's rows).
     */
    private static long probeSession(long registration) {
        long service = Sql.number("SELECT s.service_id FROM training_session s JOIN training_registration r ON r.session_id = s.id"
                + " WHERE r.id = ?", registration);
        java.time.Instant start = java.time.Instant.now().plus(java.time.Duration.ofDays(310)).truncatedTo(java.time.temporal.ChronoUnit.HOURS);
        long session = created(Api.as("chef.projet1").post("/api/v1/training/sessions", "{\"serviceId\":" + service + ",\"startsAt\":\""
                + start + "\",\"endsAt\":\"" + start.plus(java.time.Duration.ofHours(3)) + "\",\"durationDays\":0.5,\"seats\":20,"
                + "\"trainer\":\"Sonde\",\"place\":\"Salle des sondes\"}"));
        created(Api.as(OWNER_AGENT).post("/api/v1/training/sessions/" + session + "/registrations", "{}"));
        return session;
    }

    /** A group of its own for the probes to rename (groups are shared: no owner's marker in its name or code). */
    private static long probeGroup() {
        long existing = Sql.number("SELECT COALESCE(MAX(id), 0) FROM support_group WHERE code = 'sonde-groupe'");
        return existing != 0 ? existing : created(Api.as("chef.projet1").post("/api/v1/tickets/groups",
                "{\"code\":\"sonde-groupe\",\"name\":\"Groupe des sondes\",\"memberIds\":[]}"));
    }

    private static long created(Api.Reply reply) {
        assertEquals(201, reply.status(), reply::toString);
        return reply.json().getJsonNumber("id").longValue();
    }
}
