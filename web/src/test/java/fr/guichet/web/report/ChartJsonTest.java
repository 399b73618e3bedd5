package fr.guichet.web.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartJsonTest {

    @Test
    void namesCannotCloseTheInlineScriptButReadBackUnchanged() {
        String name = "Saint-Fons </script><img src=x> & co";
        String json = ChartJson.bars(List.of(name), List.of(new ChartJson.Series("Tickets", List.of(3))), false);
        assertFalse(json.contains("<") || json.contains(">") || json.contains("&"), json);
        JsonObject chart = Json.createReader(new StringReader(json)).readObject();
        assertEquals(name, chart.getJsonObject("data").getJsonArray("labels").getString(0));
        assertEquals(3, chart.getJsonObject("data").getJsonArray("datasets").getJsonObject(0).getJsonArray("data").getInt(0));
    }
}
