package fr.guichet.web.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** French and English texts stay in step, and every text a page or the code asks for exists. */
class BundlesTest {

    private static final Path BUNDLES = Path.of("src/main/resources/fr/guichet/web/i18n");

    @Test
    void frenchAndEnglishHaveTheSameKeys() throws IOException {
        assertEquals(keys("messages_fr.properties"), keys("messages_en.properties"));
        assertEquals(keys("faces_fr.properties"), keys("faces_en.properties"));
    }

    @Test
    void noKeyIsDefinedTwice() throws IOException {
        for (String file : List.of("messages_fr.properties", "messages_en.properties")) {
            Set<String> seen = new TreeSet<>();
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                if (!line.startsWith("#") && line.contains("=")) {
                    String key = line.substring(0, line.indexOf('='));
                    assertTrue(seen.add(key), file + " defines " + key + " twice");
                }
            }
        }
    }

    /** Keys pages build from an enum ({@code 'ticket.event.'.concat(kind)}): one per value, none forgotten. */
    @Test
    void everyEnumValueShownByNameHasItsText() throws IOException {
        Set<String> keys = keys("messages_fr.properties");
        Map<String, Enum<?>[]> shown = Map.ofEntries(
                Map.entry("ticket.event.", fr.guichet.ticket.TicketEvent.Kind.values()),
                Map.entry("ticket.channel.", fr.guichet.ticket.Channel.values()),
                Map.entry("ticket.status.", fr.guichet.ticket.TicketStatus.values()),
                Map.entry("rules.trigger.", fr.guichet.automation.RuleTrigger.values()),
                Map.entry("ticket.type.", fr.guichet.sla.TicketType.values()),
                Map.entry("crisis.role.", fr.guichet.member.CrisisRole.values()),
                Map.entry("incident.status.", fr.guichet.incident.IncidentStatus.values()),
                Map.entry("incident.kind.", fr.guichet.incident.UpdateKind.values()),
                Map.entry("status.state.", fr.guichet.incident.ServiceState.values()),
                Map.entry("cmdb.kind.", fr.guichet.cmdb.ItemKind.values()),
                Map.entry("cmdb.state.", fr.guichet.cmdb.ItemState.values()),
                Map.entry("cmdb.attribute.invalid.", fr.guichet.cmdb.AttributeType.values()),
                Map.entry("problem.status.", fr.guichet.problem.ProblemStatus.values()),
                Map.entry("change.status.", fr.guichet.change.ChangeStatus.values()),
                Map.entry("change.risk.", fr.guichet.change.ChangeRisk.values()),
                Map.entry("change.action.", fr.guichet.change.ChangeAction.values()),
                Map.entry("change.acted.", fr.guichet.change.ChangeAction.values()),
                Map.entry("change.action.notAllowed.", fr.guichet.change.ChangeAction.values()));
        shown.forEach((prefix, values) -> {
            for (Enum<?> value : values) {
                String key = prefix + (prefix.equals("ticket.event.") ? value.name().toLowerCase(java.util.Locale.ROOT) : value.name());
                assertTrue(keys.contains(key), "missing text: " + key);
            }
        });
    }

    @Test
    void everyKeyUsedByPagesExists() throws IOException {
        Set<String> keys = keys("messages_fr.properties");
        Pattern used = Pattern.compile("msg\\['([a-zA-Z0-9.]+)'\\]");
        try (Stream<Path> pages = Files.walk(Path.of("src/main/webapp"))) {
            for (Path page : pages.filter(p -> p.toString().endsWith(".xhtml")).toList()) {
                Matcher m = used.matcher(Files.readString(page));
                while (m.find()) {
                    String key = m.group(1);
                    assertTrue(key.endsWith(".") || keys.contains(key), page + " uses a missing text: " + key);
                }
            }
        }
    }

    @Test
    void everyKeyUsedByJavaCodeExists() throws IOException {
        Set<String> keys = keys("messages_fr.properties");
        Pattern used = Pattern.compile("\"((?:error|auth|login|users|members|profile|member|user|password)\\.[a-zA-Z0-9.]+)\"");
        for (Path root : List.of(Path.of("src/main/java"), Path.of("../ejb/src/main/java"))) {
            try (Stream<Path> sources = Files.walk(root)) {
                for (Path source : sources.filter(p -> p.toString().endsWith(".java")).toList()) {
                    Matcher m = used.matcher(Files.readString(source));
                    while (m.find()) {
                        String key = m.group(1);
                        assertTrue(key.endsWith(".") || keys.contains(key), source + " uses a missing text: " + key);
                    }
                }
            }
        }
    }

    /** In a text with {0} placeholders a lone apostrophe starts a MessageFormat quote and swallows the rest. */
    @Test
    void apostrophesAreDoubledInTextsWithPlaceholders() throws IOException {
        for (String file : List.of("messages_fr.properties", "messages_en.properties")) {
            for (String line : Files.readAllLines(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
                if (line.matches(".*\\{\\d}.*")) {
                    assertTrue(!line.replace("''", "").contains("'"), file + ": " + line);
                }
            }
        }
    }

    @Test
    void textsAreFrenchByDefaultAndEnglishOnRequest() {
        assertEquals("Connexion", Texts.get(Locale.FRENCH, "login.title"));
        assertEquals("Log in", Texts.get(Locale.ENGLISH, "login.title"));
        assertEquals("Connexion", Texts.get(Locale.GERMAN, "login.title"));
        assertEquals("L'identifiant corbas.agent1 est déjà pris.", Texts.get(Locale.FRENCH, "user.login.taken", "corbas.agent1"));
    }

    private static Set<String> keys(String file) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(BUNDLES.resolve(file), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return new TreeSet<>(properties.stringPropertyNames());
    }
}
