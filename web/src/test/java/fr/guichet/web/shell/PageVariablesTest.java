package fr.guichet.web.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * No page names a variable like an EL or Faces implicit object. Such a variable silently resolves to the
 * implicit object instead: a column title named {@code header} printed every request header, session
 * cookie included, into the dashboards.
 */
class PageVariablesTest {

    private static final Set<String> IMPLICIT_OBJECTS = Set.of("application", "applicationScope", "cc", "component",
            "cookie", "facesContext", "flash", "flowScope", "header", "headerValues", "initParam", "param", "paramValues",
            "request", "requestScope", "resource", "session", "sessionScope", "view", "viewScope", "externalContext");

    /** var= and varStatus= on any tag (ui:repeat, h:dataTable, p:dataTable, c:forEach, c:set…). */
    private static final Pattern VARIABLE = Pattern.compile("\\s(?:var|varStatus)\\s*=\\s*\"([^\"]*)\"");

    /** The name of a ui:param, wherever it stands among the tag's attributes. */
    private static final Pattern PARAMETER = Pattern.compile("<ui:param\\b[^>]*?\\sname\\s*=\\s*\"([^\"]*)\"");

    @Test
    void noPageVariableShadowsAnImplicitObject() throws IOException {
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).sorted().toList();
        }
        assertTrue(pages.size() >= 15, "the pages are found");
        List<String> shadows = new ArrayList<>();
        for (Path page : pages) {
            shadows.addAll(shadowingNames(page.toString(), Files.readString(page, StandardCharsets.UTF_8)));
        }
        assertTrue(shadows.isEmpty(), () -> "variables named like implicit objects:\n" + String.join("\n", shadows));
    }

    @Test
    void theScanFindsEachKindOfDeclaration() {
        String page = """
                <ui:repeat value="#{t.headers()}" var="header">
                <ui:repeat value="#{rows}" var="row" varStatus="view">
                <ui:param value="#{x}"
                          name="cookie"/>
                <c:set var="title" value="#{y}"/>
                <f:facet name="header">kept: a facet name is no variable</f:facet>
                """;
        assertEquals(List.of("p.xhtml:1: var=\"header\"", "p.xhtml:2: varStatus=\"view\"",
                "p.xhtml:3: <ui:param value=\"#{x}\" name=\"cookie\""),
                shadowingNames("p.xhtml", page));
    }

    private static List<String> shadowingNames(String file, String text) {
        List<Shadow> found = new ArrayList<>();
        collect(text, VARIABLE, found);
        collect(text, PARAMETER, found);
        return found.stream().sorted(Comparator.comparingInt(Shadow::line))
                .map(shadow -> file + ":" + shadow.line() + ": " + shadow.declaration()).toList();
    }

    private static void collect(String text, Pattern pattern, List<Shadow> found) {
        Matcher matcher = pattern.matcher(text);
        while (matcher.find()) {
            if (IMPLICIT_OBJECTS.contains(matcher.group(1))) {
                int line = 1 + (int) text.substring(0, matcher.start()).chars().filter(c -> c == '\n').count();
                found.add(new Shadow(line, matcher.group().trim().replaceAll("\\s+", " ")));
            }
        }
    }

    private record Shadow(int line, String declaration) {
    }
}
