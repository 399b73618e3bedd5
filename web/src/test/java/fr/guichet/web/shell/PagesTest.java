package fr.guichet.web.shell;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;

/** Every page is well-formed XML with its namespaces declared, so Facelets can parse it. */
class PagesTest {

    @Test
    void everyPageParses() throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        List<Path> pages;
        try (Stream<Path> files = Files.walk(Path.of("src/main/webapp"))) {
            pages = files.filter(p -> p.toString().endsWith(".xhtml")).toList();
        }
        assertTrue(pages.size() >= 15);
        for (Path page : pages) {
            assertDoesNotThrow(() -> factory.newDocumentBuilder().parse(page.toFile()), page.toString());
        }
    }
}
