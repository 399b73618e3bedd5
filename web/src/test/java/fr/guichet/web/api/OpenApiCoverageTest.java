package fr.guichet.web.api;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The hand-written OpenAPI document must describe every REST operation the code offers. */
class OpenApiCoverageTest {

    private static final Map<Class<? extends Annotation>, String> VERBS =
            Map.of(GET.class, "get", POST.class, "post", PUT.class, "put", DELETE.class, "delete");

    @Test
    void everyResourceMethodIsDocumented() throws Exception {
        String document;
        try (InputStream yaml = OpenApiServlet.class.getResourceAsStream(OpenApiServlet.DOCUMENT)) {
            document = new String(yaml.readAllBytes(), StandardCharsets.UTF_8);
        }
        List<String> operations = operations();
        assertTrue(operations.size() >= 15, operations::toString);
        for (String operation : operations) {
            String[] parts = operation.split(" ");
            Matcher block = Pattern.compile("(?m)^  " + Pattern.quote(parts[1]) + ":\\n((?:    .*\\n|\\n)*)").matcher(document);
            assertTrue(block.find(), "path missing from openapi.yaml: " + parts[1]);
            assertTrue(block.group(1).contains("    " + parts[0] + ":"), "operation missing from openapi.yaml: " + operation);
        }
    }

    private static List<String> operations() throws IOException, ClassNotFoundException {
        List<String> found = new ArrayList<>();
        java.nio.file.Path classes = java.nio.file.Path.of("target/classes");
        try (Stream<java.nio.file.Path> files = Files.walk(classes)) {
            for (java.nio.file.Path file : files.filter(f -> f.toString().endsWith("Resource.class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> resource = Class.forName(name, false, OpenApiCoverageTest.class.getClassLoader());
                Path root = resource.getAnnotation(Path.class);
                if (root == null) {
                    continue;
                }
                for (Method method : resource.getDeclaredMethods()) {
                    VERBS.forEach((annotation, verb) -> {
                        if (method.isAnnotationPresent(annotation)) {
                            Path sub = method.getAnnotation(Path.class);
                            found.add(verb + " /api" + root.value() + (sub == null ? "" : "/" + sub.value()));
                        }
                    });
                }
            }
        }
        return found;
    }
}
