package fr.guichet.web.report;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.util.List;

/**
 * Chart.js configurations for {@code p:chart}: bar charts whose colours keep a 3:1 contrast against
 * white (WCAG 1.4.11). Every chart is shown beside a table carrying the same figures.
 */
public final class ChartJson {

    /** One series of a chart. */
    public record Series(String label, List<? extends Number> values) {
    }

    private static final String[] COLOURS = {"#1f4e79", "#b34700", "#2e7d32", "#6a1b9a"};

    private ChartJson() {
    }

    public static String bars(List<String> labels, List<Series> series, boolean horizontal) {
        JsonArrayBuilder datasets = Json.createArrayBuilder();
        for (int i = 0; i < series.size(); i++) {
            JsonArrayBuilder data = Json.createArrayBuilder();
            series.get(i).values().forEach(value -> data.add(value == null ? BigDecimal.ZERO : new BigDecimal(value.toString())));
            datasets.add(Json.createObjectBuilder().add("label", series.get(i).label()).add("data", data)
                    .add("backgroundColor", COLOURS[i % COLOURS.length]));
        }
        JsonArrayBuilder names = Json.createArrayBuilder();
        labels.forEach(names::add);
        JsonObjectBuilder options = Json.createObjectBuilder().add("responsive", true).add("maintainAspectRatio", false)
                .add("animation", false)
                .add("plugins", Json.createObjectBuilder().add("legend", Json.createObjectBuilder().add("position", "bottom")));
        if (horizontal) {
            options.add("indexAxis", "y");
        }
        String json = Json.createObjectBuilder().add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", names).add("datasets", datasets))
                .add("options", options).build().toString();
        // PrimeFaces writes the configuration into an inline script as it is: names must not close it.
        return json.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026");
    }
}
