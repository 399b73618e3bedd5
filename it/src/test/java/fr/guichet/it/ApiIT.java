package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The REST API on the real server: identity, member isolation, problem details, health, OpenAPI. */
@ExtendWith(ArquillianExtension.class)
class ApiIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    @Test
    void meReturnsTheCallersMember() {
        JsonObject me = Api.as("givors.agent1").get("/api/v1/me").json();
        assertEquals("givors.agent1", me.getString("login"));
        assertEquals("Givors", me.getJsonObject("member").getString("name"));
        assertEquals("69091", me.getJsonObject("member").getString("inseeCode"));
        assertEquals("agent", me.getJsonArray("roles").getString(0));
    }

    @Test
    void staffHaveNoMember() {
        JsonObject me = Api.as("tech1").get("/api/v1/me").json();
        assertTrue(!me.containsKey("member") || me.isNull("member"));
        assertEquals("technician", me.getJsonArray("roles").getString(0));
    }

    @Test
    void communeUserListsOnlyTheirOwnMember() {
        var members = Api.as("givors.referent").get("/api/v1/members").array();
        assertEquals(1, members.size());
        assertEquals("Givors", members.getJsonObject(0).getString("name"));
        assertEquals(10, Api.as("directeur").get("/api/v1/members").array().size());
    }

    @Test
    void givorsUserCannotReadCorbas() {
        long corbas = memberId("corbas");
        Api.Reply reply = Api.as("givors.agent1").get("/api/v1/members/" + corbas);
        assertEquals(404, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
        assertFalse(reply.body().contains("Corbas"), "nothing about Corbas leaks");
    }

    @Test
    void givorsReferentCannotChangeCorbas() {
        long corbas = memberId("corbas");
        String before = Api.as("admin").get("/api/v1/members/" + corbas).json().getString("contactEmail");
        Api.Reply reply = Api.as("givors.referent").put("/api/v1/members/" + corbas + "/contact",
                "{\"contactEmail\":\"pirate@givors.example.fr\"}");
        assertEquals(404, reply.status(), reply::toString);
        assertEquals(before, Api.as("admin").get("/api/v1/members/" + corbas).json().getString("contactEmail"));
    }

    @Test
    void givorsReferentUpdatesTheirOwnContact() {
        long givors = memberId("givors");
        Api.Reply reply = Api.as("givors.referent").put("/api/v1/members/" + givors + "/contact",
                "{\"contactEmail\":\"numerique@givors.example.fr\",\"contactPhone\":\"04 72 00 00 00\"}");
        assertEquals(200, reply.status(), reply::toString);
        assertEquals("numerique@givors.example.fr", reply.json().getString("contactEmail"));
    }

    @Test
    void givorsReferentSeesOnlyGivorsUsers() {
        JsonObject page = Api.as("givors.referent").get("/api/v1/users?size=200").json();
        assertEquals(4, page.getInt("total"));
        page.getJsonArray("items").getValuesAs(JsonObject.class)
                .forEach(user -> assertEquals("Givors", user.getString("memberName")));
        long corbasUser = Api.as("admin").get("/api/v1/users?q=corbas.agent1").json()
                .getJsonArray("items").getJsonObject(0).getJsonNumber("id").longValue();
        assertEquals(404, Api.as("givors.referent").get("/api/v1/users/" + corbasUser).status());
    }

    @Test
    void adminListsStaffAccountsToo() {
        JsonObject page = Api.as("admin").get("/api/v1/users?q=tech").json();
        assertEquals(2, page.getInt("total"));
        assertEquals(2, page.getJsonArray("items").size(), "staff have no member and must still be listed");
        assertEquals(6, Api.as("admin").get("/api/v1/users?role=technician").json().getInt("total")
                + Api.as("admin").get("/api/v1/users?role=manager").json().getInt("total")
                + Api.as("admin").get("/api/v1/users?role=admin").json().getInt("total")
                + Api.as("admin").get("/api/v1/users?role=director").json().getInt("total"));
    }

    @Test
    void agentMayNotCreateMembers() {
        Api.Reply reply = Api.as("givors.agent1").post("/api/v1/members",
                "{\"name\":\"Nouvelle\",\"kind\":\"COMMUNE\",\"population\":1000,\"memberSince\":\"2026-01-01\",\"active\":true}");
        assertEquals(403, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"));
    }

    @Test
    void malformedJsonGivesAFrenchProblem() {
        Api.Reply reply = Api.as("admin").post("/api/v1/members", "{\"name\": ");
        assertEquals(400, reply.status(), reply::toString);
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply::toString);
        JsonObject problem = reply.json();
        assertEquals(400, problem.getInt("status"));
        assertTrue(problem.getString("detail").contains("JSON"), problem::toString);
    }

    @Test
    void invalidFieldsGiveAProblemListingEachField() {
        Api.Reply reply = Api.as("admin").post("/api/v1/users",
                "{\"login\":\"x\",\"fullName\":\"\",\"email\":\"pas-une-adresse\",\"roles\":[\"AGENT\"],\"password\":\"Motdepasse-2026\"}");
        assertEquals(400, reply.status(), reply::toString);
        JsonObject problem = reply.json();
        assertEquals("La requête contient des données invalides.", problem.getString("detail"));
        var fields = problem.getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                .map(error -> error.getString("field")).toList();
        assertTrue(fields.containsAll(java.util.List.of("email", "fullName", "login")), fields::toString);
        assertTrue(problem.getJsonArray("errors").getJsonObject(0).getString("message").length() > 5);
    }

    @Test
    void businessRuleGivesAFrenchProblem() {
        Api.Reply reply = Api.as("admin").post("/api/v1/users",
                "{\"login\":\"givors.agent1\",\"fullName\":\"Doublon\",\"email\":\"d@givors.example.fr\",\"memberId\":"
                        + memberId("givors") + ",\"roles\":[\"AGENT\"],\"password\":\"Motdepasse-2026\"}");
        assertEquals(422, reply.status(), reply::toString);
        assertEquals("L'identifiant givors.agent1 est déjà pris.", reply.json().getString("detail"));
    }

    @Test
    void missingOrWrongCredentialsGive401Problems() {
        Api.Reply anonymous = Api.anonymous().get("/api/v1/me");
        assertEquals(401, anonymous.status());
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous::toString);
        Api.Reply wrong = Api.as("corbas.agent3", "pas-le-bon").get("/api/v1/me");
        assertEquals(401, wrong.status());
        assertEquals("Identifiant ou mot de passe incorrect.", wrong.json().getString("detail"));
    }

    @Test
    void healthSaysTheDatabaseAnswers() {
        Api.Reply health = Api.anonymous().get("/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().getString("database"));
    }

    @Test
    void openApiDocumentIsServed() {
        Api.Reply doc = Api.anonymous().get("/openapi");
        assertEquals(200, doc.status());
        assertTrue(doc.body().contains("/api/v1/me"));
    }

    @Test
    void refusalsDoNotInviteTheBrowserToRememberBasicCredentials() {
        for (Api.Reply refused : java.util.List.of(Api.anonymous().get("/api/v1/me"), Api.as("corbas.agent3", "pas-le-bon").get("/api/v1/me"))) {
            assertEquals(401, refused.status());
            assertEquals(java.util.List.of("Guichet realm=\"Guichet\""), refused.header("WWW-Authenticate"), refused::toString);
        }
    }

    @Test
    void theSessionOfThePagesDoesNotOpenTheApi() {
        PageSession browser = new PageSession().logIn("givors.agent1", "Demo-2026");
        assertEquals(200, browser.get("/index.xhtml").statusCode(), "the session is valid for the pages");
        var api = browser.get("/api/v1/me");
        assertEquals(401, api.statusCode(), api::body);
        assertTrue(api.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    @Test
    void htmlFormBodiesAreRefusedEverywhereUploadsIncluded() {
        long demand = DemandsIT.submit("corbas.agent1", "Formulaire refusé " + System.nanoTime()).getJsonNumber("id").longValue();
        for (String type : java.util.List.of("application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "text/plain;charset=UTF-8")) {
            Api.Reply member = Api.as("admin").send("/api/v1/members", type, "name=Pirate");
            assertEquals(415, member.status(), member::toString);
            assertTrue(member.contentType().startsWith("application/problem+json"), member::toString);
            Api.Reply upload = Api.as("corbas.agent1").upload("/api/v1/demands/" + demand + "/attachments?name=a.pdf", type,
                    "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            assertEquals(415, upload.status(), upload::toString);
            assertTrue(upload.json().getString("detail").contains("formulaire"), upload::toString);
        }
        assertEquals(0, Api.as("corbas.agent1").get("/api/v1/demands/" + demand).json().getJsonArray("attachments").size());
    }

    @Test
    void refusedFieldsAndLoginsAreNotLoggedAsServerErrors() throws java.io.IOException {
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("guichet.wildfly.home"), "standalone", "log", "server.log");
        long before = java.nio.file.Files.size(log);
        long demand = DemandsIT.submit("grigny.agent1", "Note hors bornes " + System.nanoTime()).getJsonNumber("id").longValue();
        Api.Reply score = Api.as("chef.projet2").put("/api/v1/demands/" + demand + "/score",
                "{\"riskReduction\":9,\"inclusion\":2,\"sovereignty\":4,\"effortDays\":2,\"costCents\":0}");
        assertEquals(400, score.status(), score::toString);
        Api.Reply user = Api.as("admin").post("/api/v1/users", "{\"login\":\"x\",\"fullName\":\"\",\"email\":\"non\","
                + "\"roles\":[\"AGENT\"],\"password\":\"Motdepasse-2026\"}");
        assertEquals(400, user.status(), user::toString);
        assertEquals(401, Api.as("givors.agent1", "mauvais").get("/api/v1/me").status());
        assertEquals(401, Api.anonymous().get("/api/v1/me").status());
        String written;
        try (var in = java.nio.file.Files.newInputStream(log)) {
            in.skipNBytes(before);
            written = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertFalse(written.contains("ConstraintViolationException") || written.contains("WFLYEJB0034"), written);
        assertFalse(written.contains("UT010019") || written.contains(" ERROR "), "a refused login is no server error: " + written);
    }

    static long memberId(String slug) {
        return Api.as("admin").get("/api/v1/members").array().getValuesAs(JsonObject.class).stream()
                .filter(m -> m.getString("slug").equals(slug)).findFirst().orElseThrow()
                .getJsonNumber("id").longValue();
    }
}
