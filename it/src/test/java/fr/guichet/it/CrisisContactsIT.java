package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.util.Collections;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** A member's crisis contacts through the REST API: who reads them, who keeps them, and what a bad list gets. */
@ExtendWith(ArquillianExtension.class)
class CrisisContactsIT {

    private static final String DGS = "{\"role\":\"dgs\",\"name\":\"Léa Martin\",\"phone\":\"04 65 71 99 01\",\"decides\":true}";
    private static final String REFERENT = "{\"role\":\"referent\",\"name\":\"Guillaume Chevalier\",\"email\":\"grigny.referent@grigny.example.fr\","
            + "\"availability\":\"Jours ouvrés\"}";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void staffAndTheMembersReferentReadTheListOtherCommuneUsersDoNot() {
        String corbas = path(ApiIT.memberId("corbas"));
        JsonObject own = Api.as("corbas.referent").get(corbas).json();
        assertEquals("Corbas", own.getString("memberName"));
        assertTrue(own.getBoolean("editable"), "the référent keeps the list");
        assertTrue(own.getBoolean("hasDecider"));
        List<JsonObject> contacts = own.getJsonArray("contacts").getValuesAs(JsonObject.class);
        assertEquals(List.of("dgs", "elected_on_duty", "referent"), contacts.stream().map(c -> c.getString("role")).toList(),
                "in calling order");
        assertEquals("François Moreau", contacts.get(2).getString("name"));

        JsonObject seenByStaff = Api.as("tech1").get(corbas).json();
        assertEquals(contacts.size(), seenByStaff.getJsonArray("contacts").size());
        assertFalse(seenByStaff.getBoolean("editable"), "a technician reads it only");
        assertEquals(403, Api.as("tech1").put(corbas, body(DGS)).status());
        assertEquals(403, Api.as("corbas.agent1").get(corbas).status(), "an agent of the member does not read private phone numbers");
        assertEquals(404, Api.as("givors.referent").get(corbas).status(), "another member's list does not exist for her");
        assertEquals(404, Api.as("givors.referent").put(corbas, body(DGS)).status());
        assertEquals(404, Api.as("tech1").get(path(999_999)).status());
    }

    @Test
    void theReferentReplacesTheListInCallingOrderAndTheChangeIsAudited() {
        long grigny = ApiIT.memberId("grigny");
        Api.Reply saved = Api.as("grigny.referent").put(path(grigny), body(REFERENT, DGS));
        assertEquals(200, saved.status(), saved::toString);
        List<JsonObject> contacts = saved.json().getJsonArray("contacts").getValuesAs(JsonObject.class);
        assertEquals(List.of("Guillaume Chevalier", "Léa Martin"), contacts.stream().map(c -> c.getString("name")).toList());
        assertEquals("04 65 71 99 01", contacts.get(1).getString("phone"));
        assertTrue(contacts.get(1).getBoolean("decides"));
        assertEquals("Jours ouvrés", contacts.get(0).getString("availability"));
        assertTrue(Sql.text("SELECT summary FROM audit_entry WHERE action = 'UPDATE_CRISIS_CONTACTS' AND member_id = ? ORDER BY id DESC LIMIT 1",
                grigny).contains("Léa Martin"), "audited with what changed");

        Api.Reply byAdmin = Api.as("admin").put(path(grigny), body(DGS));
        assertEquals(200, byAdmin.status(), byAdmin::toString);
        assertEquals(1, byAdmin.json().getJsonArray("contacts").size(), "an administrator may keep it too");
        Api.Reply emptied = Api.as("grigny.referent").put(path(grigny), body());
        assertFalse(emptied.json().getBoolean("hasDecider"), "an empty list has nobody to decide");
    }

    @Test
    void aBadListIsRefusedInFrenchAndTheSavedOneStays() {
        long vaulx = ApiIT.memberId("vaulx-en-velin");
        JsonObject before = Api.as("vaulx-en-velin.referent").get(path(vaulx)).json();
        assertRefused(vaulx, 400, body("{\"role\":\"dgs\",\"name\":\"Sans Numéro\",\"decides\":true}"), "téléphone ou une adresse");
        assertRefused(vaulx, 400, body("{\"role\":\"dgs\",\"name\":\"Nul\\u0000Part\",\"phone\":\"0465719901\"}"), "caractère de contrôle");
        assertRefused(vaulx, 422, body("{\"role\":\"pape\",\"name\":\"Inconnu\",\"phone\":\"0465719901\"}"), "pape");
        assertRefused(vaulx, 400, body("{\"role\":\"dgs\",\"name\":\"Léa\",\"phone\":\"appelez-moi\"}"), "chiffres");
        assertRefused(vaulx, 400, body(Collections.nCopies(21, DGS).toArray(String[]::new)), "Vingt contacts");
        assertRefused(vaulx, 400, "{\"contacts\":[null]}", "errors");
        assertEquals(400, Api.as("vaulx-en-velin.referent").put(path(vaulx), "{\"contacts\":").status());
        assertEquals(before, Api.as("vaulx-en-velin.referent").get(path(vaulx)).json(), "nothing saved is lost");
    }

    /** Refused with a problem naming the fault: 400 for a malformed contact, 422 for a value the API does not know. */
    private static void assertRefused(long member, int status, String body, String detail) {
        Api.Reply refused = Api.as("vaulx-en-velin.referent").put(path(member), body);
        assertEquals(status, refused.status(), refused::toString);
        assertTrue(refused.json().toString().contains(detail), refused::toString);
    }

    private static String path(long member) {
        return "/api/v1/members/" + member + "/crisis-contacts";
    }

    private static String body(String... contacts) {
        return "{\"contacts\":[" + String.join(",", contacts) + "]}";
    }
}
