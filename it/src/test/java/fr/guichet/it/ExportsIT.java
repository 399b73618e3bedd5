package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Every list exports, whole, with the caller's filters and scope: the file holds what the list holds, nothing more. */
@ExtendWith(ArquillianExtension.class)
class ExportsIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void aCommunesTicketsExportWithItsFiltersAndOnlyItsOwn() {
        String csv = new String(Api.as("corbas.referent").bytes("/api/v1/tickets/export?status=open"), StandardCharsets.UTF_8);
        List<String> lines = csv.lines().toList();
        assertTrue(lines.get(0).startsWith("\ufeffRéférence;Objet;Type;Priorité;Statut;Adhérent;Service;Groupe;Attribué à;Demandeur;"),
                lines.get(0));
        long total = Api.as("corbas.referent").get("/api/v1/tickets?status=open&size=1").json().getJsonNumber("total").longValue();
        assertEquals(total, lines.size() - 1, "every open ticket of Corbas, not a page");
        assertTrue(lines.stream().skip(1).allMatch(line -> line.contains(";Corbas;")), "only Corbas's tickets");
        assertFalse(csv.contains("Givors"));
    }

    @Test
    void staffExportAQueueAsAnOpenDocumentSpreadsheet() throws IOException {
        long corbas = ApiIT.memberId("corbas");
        byte[] ods = Api.as("tech1").bytes("/api/v1/tickets/export?format=ods&member=" + corbas + "&status=open&sort=priority");
        String content = null;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(ods))) {
            ZipEntry first = zip.getNextEntry();
            assertEquals("mimetype", first.getName());
            assertEquals("application/vnd.oasis.opendocument.spreadsheet", new String(zip.readAllBytes(), StandardCharsets.US_ASCII));
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (entry.getName().equals("content.xml")) {
                    content = new String(zip.readAllBytes(), StandardCharsets.UTF_8);
                }
            }
        }
        long total = Api.as("tech1").get("/api/v1/tickets?member=" + corbas + "&status=open&size=1").json().getJsonNumber("total").longValue();
        assertEquals(total + 1, content.split("<table:table-row>", -1).length - 1, "a title row and every ticket");
        assertTrue(content.contains("table:name=\"Tickets\""), content.substring(0, 400));
    }

    @Test
    void theOtherListsExportTooWithinTheCallersRights() {
        String users = new String(Api.as("corbas.referent").bytes("/api/v1/users/export"), StandardCharsets.UTF_8);
        assertTrue(users.contains("corbas.agent1") && !users.contains("givors."), users);
        // A creation of its own, so that the audit log holds one whatever ran before.
        String login = "export.audit." + System.nanoTime();
        assertEquals(201, Api.as("admin").post("/api/v1/users", "{\"login\":\"" + login + "\",\"fullName\":\"Agent Export\","
                + "\"email\":\"" + login + "@corbas.example.fr\",\"memberId\":" + ApiIT.memberId("corbas")
                + ",\"roles\":[\"AGENT\"],\"password\":\"Bienvenue-2026\"}").status());
        String audit = new String(Api.as("admin").bytes("/api/v1/audit/export?action=CREATE"), StandardCharsets.UTF_8);
        assertTrue(audit.contains(";CREATE;") && !audit.contains(";UPDATE;"), audit);
        Api.Reply refused = Api.as("corbas.agent1").get("/api/v1/audit/export");
        assertEquals(403, refused.status());
        assertTrue(refused.contentType().startsWith("application/problem+json"), refused::toString);
        String requests = new String(Api.as("corbas.referent").bytes("/api/v1/requests/export"), StandardCharsets.UTF_8);
        assertTrue(requests.startsWith("\ufeffRéférence;Adhérent;Service;"), requests);
        assertFalse(requests.contains(";Givors;"), requests);
        String demands = new String(Api.as("givors.agent1").bytes("/api/v1/demands/export?sort=rank"), StandardCharsets.UTF_8);
        assertEquals(Api.as("givors.agent1").get("/api/v1/demands?size=1").json().getJsonNumber("total").longValue() + 1,
                demands.lines().count(), "the shared backlog, whole");
        String subscriptions = new String(Api.as("corbas.referent").bytes("/api/v1/subscriptions/export?format=csv"), StandardCharsets.UTF_8);
        assertTrue(subscriptions.lines().skip(1).allMatch(line -> line.startsWith("Corbas;")), subscriptions);
        assertEquals(422, Api.as("tech1").get("/api/v1/tickets/export?format=xlsx").status());
    }
}
