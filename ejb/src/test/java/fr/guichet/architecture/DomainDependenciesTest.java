package fr.guichet.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The domains of the EJB module ({@code fr.guichet.<domain>}) and those of the web module
 * ({@code fr.guichet.web.<domain>}) depend on each other one way only: a cycle makes two domains one, which
 * the next features (incidents, changes, items) would then have to grow. Read from the sources: every
 * {@code fr.guichet.<domain>.} a file names, imported or written in full.
 */
class DomainDependenciesTest {

    private static final Path EJB = Path.of("src/main/java/fr/guichet");
    private static final Pattern EJB_REFERENCE = Pattern.compile("\\bfr\\.guichet\\.([a-z]+)\\.");
    private static final Path WEB = Path.of("../web/src/main/java/fr/guichet/web");
    private static final Pattern WEB_REFERENCE = Pattern.compile("\\bfr\\.guichet\\.web\\.([a-z0-9]+)\\.");

    @Test
    void noEjbDomainDependsOnItselfThroughAnother() {
        assertEquals(List.of(), cycles(dependencies(EJB, EJB_REFERENCE)), "EJB domains that depend on each other");
    }

    @Test
    void noWebDomainDependsOnItselfThroughAnother() {
        assertEquals(List.of(), cycles(dependencies(WEB, WEB_REFERENCE)), "web domains that depend on each other");
    }

    @Test
    void ticketsUseServiceLevelsNotTheReverse() {
        Map<String, Set<String>> dependencies = dependencies(EJB, EJB_REFERENCE);
        assertTrue(dependencies.get("ticket").contains("sla"));
        assertTrue(!dependencies.get("sla").contains("ticket"), "sla must not know tickets");
    }

    private static List<String> cycles(Map<String, Set<String>> dependencies) {
        assertTrue(dependencies.size() > 10, "domains read: " + dependencies.keySet());
        List<String> cycles = new ArrayList<>();
        for (String domain : dependencies.keySet()) {
            for (String other : dependencies.get(domain)) {
                if (domain.compareTo(other) < 0 && reaches(dependencies, other, domain, new TreeSet<>())) {
                    cycles.add(domain + " ⇄ " + other);
                }
            }
        }
        return cycles;
    }

    private static boolean reaches(Map<String, Set<String>> dependencies, String from, String to, Set<String> seen) {
        if (from.equals(to)) {
            return true;
        }
        if (!seen.add(from)) {
            return false;
        }
        return dependencies.getOrDefault(from, Set.of()).stream().anyMatch(next -> reaches(dependencies, next, to, seen));
    }

    /** Domain → the other domains its files name; files directly in {@code sources} belong to none. */
    private static Map<String, Set<String>> dependencies(Path sources, Pattern referencePattern) {
        Map<String, Set<String>> dependencies = new TreeMap<>();
        try (Stream<Path> files = Files.walk(sources)) {
            files.filter(file -> file.toString().endsWith(".java")).forEach(file -> {
                String domain = sources.relativize(file).getName(0).toString();
                Set<String> used = dependencies.computeIfAbsent(domain, d -> new TreeSet<>());
                Matcher reference = referencePattern.matcher(read(file));
                while (reference.find()) {
                    if (!reference.group(1).equals(domain)) {
                        used.add(reference.group(1));
                    }
                }
            });
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
        dependencies.keySet().removeIf(name -> name.endsWith(".java"));
        return dependencies;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }
}
