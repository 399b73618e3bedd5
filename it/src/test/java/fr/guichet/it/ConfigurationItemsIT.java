package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Configuration items through the REST API: who reads and keeps them, tickets naming them, imports, incidents. */
@ExtendWith(ArquillianExtension.class)
class ConfigurationItemsIT {

    private static final String ITEMS = "/api/v1/configuration-items";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCommuneReadsItsOwnItemsOnlyStaffReadEveryMembers() {
        long givors = ApiIT.memberId("givors");
        long corbas = ApiIT.memberId("corbas");
        JsonObject own = Api.as("givors.agent1").get(ITEMS + "?size=200").json();
        assertTrue(own.getJsonNumber("total").longValue() >= 10, own::toString);
        assertEquals(Set.of(givors), members(own), "only Givors' items");
        assertTrue(names(own).contains("Messagerie Givors"));
        assertEquals(0, Api.as("givors.agent1").get(ITEMS + "?memberId=" + corbas).json().getJsonNumber("total").longValue(),
                "asking for another member's items finds none");

        long corbasMail = Sql.number("SELECT id FROM configuration_item WHERE member_id = ? AND kind = 'MAIL_DOMAIN'", corbas);
        assertEquals(404, Api.as("givors.agent1").get(ITEMS + "/" + corbasMail).status());
        assertEquals(404, Api.as("givors.referent").get(ITEMS + "/" + corbasMail).status());
        JsonObject seenByStaff = Api.as("tech1").get(ITEMS + "/" + corbasMail).json();
        assertEquals("Messagerie Corbas", seenByStaff.getString("name"));
        assertEquals("corbas.example.fr", seenByStaff.getJsonObject("attributes").getString("domain"));
        assertFalse(seenByStaff.isNull("subscriptionId"), "tied to Corbas' subscription to the mail service");
        assertEquals(Set.of(corbas), members(Api.as("tech1").get(ITEMS + "?memberId=" + corbas + "&kind=mail_domain").json()));
        assertEquals(Set.of(givors, corbas), members(Api.as("directeur").get(ITEMS + "?kind=mail_domain&size=200").json())
                .stream().filter(m -> m == givors || m == corbas).collect(Collectors.toSet()), "staff read every member's");
    }

    @Test
    void staffKeepItemsAndEveryBadValueIsRefusedInFrench() {
        long grigny = ApiIT.memberId("grigny");
        long backup = Sql.number("SELECT id FROM catalog_service WHERE code = 'sauvegarde'");
        String body = "{\"memberId\":" + grigny + ",\"serviceId\":" + backup + ",\"kind\":\"server\",\"name\":\"nas-grigny-01\","
                + "\"state\":\"planned\",\"attributes\":{\"hostname\":\"nas-grigny-01.sitiv.example.fr\",\"ip\":\"10.42.4.30\"}}";
        assertEquals(403, Api.as("grigny.referent").post(ITEMS, body).status(), "a commune does not keep the inventory");
        Api.Reply created = Api.as("tech1").post(ITEMS, body);
        assertEquals(201, created.status(), created::toString);
        JsonObject item = created.json();
        long id = item.getJsonNumber("id").longValue();
        assertFalse(item.isNull("subscriptionId"), "Grigny subscribes to backups");
        assertEquals("planned", item.getString("state"));
        assertTrue(Sql.text("SELECT summary FROM audit_entry WHERE action = 'CREATE' AND entity_type = 'configuration_item' AND entity_id = ?",
                String.valueOf(id)).contains("nas-grigny-01"));

        assertRefused(Api.as("tech2").post(ITEMS, body.replace("nas-grigny-01\"", "NAS-GRIGNY-01\"")), 422, "déjà un élément nommé");
        assertRefused(Api.as("tech1").post(ITEMS, body.replace("\"ip\":\"10.42.4.30\"", "\"ip\":\"10.42.4.300\"")), 422,
                "n'est pas une adresse IPv4 ou IPv6");
        assertRefused(Api.as("tech1").post(ITEMS, body.replace("\"kind\":\"server\"", "\"kind\":\"mail_domain\"")
                .replace("nas-grigny-01\",", "Boîtes\",").replace("{\"hostname\":\"nas-grigny-01.sitiv.example.fr\",\"ip\":\"10.42.4.30\"}",
                        "{\"mailboxes\":\"1E-999999999\"}")), 422, "nombre entier écrit en chiffres");
        assertRefused(Api.as("tech1").post(ITEMS, body.replace("\"attributes\":{", "\"attributes\":{\"couleur\":\"bleu\",")), 422,
                "n'existe pas pour ce type");
        assertRefused(Api.as("tech1").post(ITEMS, body.replace("nas-grigny-01\",", "nas\\u0000grigny\",")), 400, "caractère de contrôle");
        assertRefused(Api.as("tech1").post(ITEMS, body.replace("\"name\":\"nas-grigny-01\",", "")), 400, "nom de l'élément est obligatoire");

        String change = body.replace("\"planned\"", "\"in_service\"").replace("}}", "},\"version\":" + item.getInt("version") + "}");
        Api.Reply changed = Api.as("tech2").put(ITEMS + "/" + id, change);
        assertEquals(200, changed.status(), changed::toString);
        assertEquals("in_service", changed.json().getString("state"));
        assertEquals(item.getInt("version") + 1, changed.json().getInt("version"), "the version to send next");
        assertRefused(Api.as("tech1").put(ITEMS + "/" + id, change), 422, "modifié cet élément entre-temps");
        assertEquals("in_service", Api.as("grigny.agent1").get(ITEMS + "/" + id).json().getString("state"), "Grigny reads it");
    }

    @Test
    void aTicketNamesAnItemOfItsOwnMemberAndTheItemListsItsTickets() {
        long givorsMail = Sql.number("SELECT id FROM configuration_item WHERE member_id = ? AND kind = 'MAIL_DOMAIN'", ApiIT.memberId("givors"));
        long corbasMail = Sql.number("SELECT id FROM configuration_item WHERE member_id = ? AND kind = 'MAIL_DOMAIN'", ApiIT.memberId("corbas"));
        long before = Sql.number("SELECT COUNT(*) FROM ticket");
        assertRefused(Api.as("givors.agent1").post("/api/v1/tickets", ticket("Boîte pleine", corbasMail)), 422,
                "n'appartient pas à votre collectivité");
        assertEquals(before, Sql.number("SELECT COUNT(*) FROM ticket"), "no ticket opened");

        Api.Reply opened = Api.as("givors.agent1").post("/api/v1/tickets", ticket("Boîte pleine de l'accueil", givorsMail));
        assertEquals(201, opened.status(), opened::toString);
        JsonObject item = opened.json().getJsonObject("configurationItem");
        assertEquals("Messagerie Givors", item.getString("name"));
        assertEquals("mail_domain", item.getString("kind"));
        String reference = opened.json().getString("reference");
        assertTrue(ticketsOf(Api.as("givors.agent1").get(ITEMS + "/" + givorsMail).json()).contains(reference));
        assertTrue(ticketsOf(Api.as("givors.referent").get(ITEMS + "/" + givorsMail).json()).contains(reference), "the référent reads all");
        assertTrue(ticketsOf(Api.as("tech1").get(ITEMS + "/" + givorsMail).json()).contains(reference));
        assertFalse(ticketsOf(Api.as("givors.agent2").get(ITEMS + "/" + givorsMail).json()).contains(reference),
                "another agent does not see a colleague's ticket");
        assertEquals("Messagerie Givors", Api.as("givors.agent1").get("/api/v1/tickets/" + opened.json().getJsonNumber("id")).json()
                .getJsonObject("configurationItem").getString("name"), "the ticket read again names its item");
    }

    @Test
    void anInventoryIsImportedWholeOrNotAtAll() {
        long pierreBenite = ApiIT.memberId("pierre-benite");
        long before = Sql.number("SELECT COUNT(*) FROM configuration_item WHERE member_id = ?", pierreBenite);
        String header = "membre;service;type;nom;etat;attributs\n";
        String good = header
                + "pierre-benite;;site;Centre technique municipal;en_service;address=12 rue de l'Industrie, Pierre-Bénite\n"
                + "69152;visioconference;application;Salle du conseil;prevu;version=5.2\n"
                + "pierre-benite;;lien_reseau;fibre pierre-bénite;en_service;operator=Axione | bandwidth_mbps=2000 | circuit=FTTO-9001\n";
        byte[] windows = good.getBytes(Charset.forName("windows-1252"));
        assertEquals(403, Api.as("pierre-benite.agent1").upload(ITEMS + "/imports?dryRun=true", "text/csv", windows).status());

        Api.Reply preview = Api.as("tech1").upload(ITEMS + "/imports?name=inventaire.csv&dryRun=true", "text/csv", windows);
        assertEquals(200, preview.status(), preview::toString);
        assertEquals(3, preview.json().getInt("lines"));
        assertEquals(2, preview.json().getInt("created"));
        assertEquals(1, preview.json().getInt("updated"), "the fibre link exists, named with another case and accents");
        assertEquals(before, Sql.number("SELECT COUNT(*) FROM configuration_item WHERE member_id = ?", pierreBenite), "a preview keeps nothing");

        String bad = good + "pierre-benite;messagerie;domaine_messagerie;Boîtes;en_service;domain=localhost\n" + "lyon-9;;site;X;casse;\n";
        Api.Reply refused = Api.as("tech1").upload(ITEMS + "/imports?name=faux.csv", "text/csv", bad.getBytes(StandardCharsets.UTF_8));
        assertEquals(400, refused.status(), refused::toString);
        assertEquals(List.of("ligne 5: « domain » : « localhost » n'est pas un nom de domaine valide (par exemple mairie-givors.fr).",
                        "ligne 6: Adhérent inconnu : « lyon-9 » (identifiant ou code INSEE).",
                        "ligne 6: État inconnu : « casse » (prevu, en_service, maintenance ou retire)."),
                refused.json().getJsonArray("errors").stream().map(JsonValue::asJsonObject)
                        .map(e -> e.getString("field") + ": " + e.getString("message")).toList());
        assertEquals(before, Sql.number("SELECT COUNT(*) FROM configuration_item WHERE member_id = ?", pierreBenite), "nothing kept");

        Api.Reply imported = Api.as("tech1").upload(ITEMS + "/imports?name=inventaire.csv", "text/csv", windows);
        assertEquals(200, imported.status(), imported::toString);
        assertEquals(2, imported.json().getInt("created"));
        assertEquals(before + 2, Sql.number("SELECT COUNT(*) FROM configuration_item WHERE member_id = ?", pierreBenite));
        assertEquals("Centre technique municipal", Sql.text("SELECT name FROM configuration_item WHERE member_id = ? AND kind = 'SITE'"
                + " AND attributes LIKE '%Industrie%'", pierreBenite), "read as Windows-1252");
        assertTrue(Sql.text("SELECT attributes FROM configuration_item WHERE member_id = ? AND kind = 'NETWORK_LINK'", pierreBenite)
                .contains("bandwidth_mbps=2000"), "the existing link updated");
        assertEquals("fibre pierre-bénite", Sql.text("SELECT name FROM configuration_item WHERE member_id = ? AND kind = 'NETWORK_LINK'",
                pierreBenite), "the file's spelling is kept");
    }

    @Test
    void anIncidentOnAServiceHitsTheMembersRunningItsItemsWithoutSubscription() {
        long fileServers = Sql.number("SELECT id FROM catalog_service WHERE code = 'serveurs-fichiers'");
        Api.Reply declared = Api.as("tech1").post("/api/v1/major-incidents", "{\"title\":\"Serveurs de fichiers lents\",\"serviceIds\":["
                + fileServers + "]}");
        assertEquals(201, declared.status(), declared::toString);
        JsonObject incident = declared.json();
        assertTrue(incident.getJsonArray("affectedMembers").getValuesAs(JsonObject.class).stream().map(m -> m.getString("name")).toList()
                .containsAll(List.of("Grigny", "Givors", "Pierre-Bénite")), incident::toString);
        Api.Reply resolved = Api.as("tech1").post("/api/v1/major-incidents/" + incident.getJsonNumber("id") + "/resolution",
                "{\"note\":\"Lenteurs résorbées.\"}");
        assertEquals(200, resolved.status(), resolved::toString);
    }

    private static String ticket(String subject, long item) {
        return "{\"subject\":\"" + subject + "\",\"description\":\"Plus de place.\",\"type\":\"incident\",\"impact\":\"user\","
                + "\"urgency\":\"low\",\"configurationItemId\":" + item + "}";
    }

    private static Set<Long> members(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getJsonNumber("memberId").longValue())
                .collect(Collectors.toSet());
    }

    private static List<String> names(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(i -> i.getString("name")).toList();
    }

    private static List<String> ticketsOf(JsonObject item) {
        return item.getJsonArray("tickets").getValuesAs(JsonObject.class).stream().map(t -> t.getString("reference")).toList();
    }

    private static void assertRefused(Api.Reply reply, int status, String fragment) {
        assertEquals(status, reply.status(), reply::toString);
        assertTrue(reply.body().contains(fragment), () -> "expected « " + fragment + " » in " + reply.body());
    }
}
