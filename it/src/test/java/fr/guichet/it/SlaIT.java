package fr.guichet.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The business-time clock through the API. */
@ExtendWith(ArquillianExtension.class)
class SlaIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return Deployments.application();
    }

    private static Api.Reply due(String calendar, String from, long minutes) {
        return Api.as("tech1").get("/api/v1/sla/due?calendar=" + calendar + "&from="
                + URLEncoder.encode(from, StandardCharsets.UTF_8) + "&minutes=" + minutes);
    }

    @Test
    void dueDatesFollowTheCalendar() {
        assertEquals("2026-11-23T14:00+01:00", due("standard", "2026-11-23T11:30:00+01:00", 60).json().getString("due"));
        assertEquals("2026-12-28T09:00+01:00", due("standard", "2026-12-24T17:00:00+01:00", 60).json().getString("due"));
        assertEquals("2026-03-29T03:30+02:00", due("24x7", "2026-03-29T01:30:00+01:00", 60).json().getString("due"));
    }

    @Test
    void badParametersGiveFrenchProblems() {
        Api.Reply unknown = due("nuit", "2026-11-23T11:30:00+01:00", 60);
        assertEquals(422, unknown.status());
        assertEquals("Calendrier inconnu : nuit (calendriers : standard, 24x7).", unknown.json().getString("detail"));
        assertEquals(422, due("standard", "lundi matin", 60).status());
        assertEquals(422, due("standard", "2026-11-23T11:30:00+01:00", -5).status());
    }
}
