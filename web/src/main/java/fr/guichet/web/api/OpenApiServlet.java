package fr.guichet.web.api;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;

/**
 * {@code GET /openapi}: the API description (OpenAPI 3.1, YAML). It is written by hand beside the code;
 * {@code OpenApiCoverageTest} fails when a resource method is missing from it.
 */
@WebServlet("/openapi")
public class OpenApiServlet extends HttpServlet {

    static final String DOCUMENT = "/fr/guichet/web/api/openapi.yaml";

    @Override
    protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setContentType("application/yaml");
        response.setCharacterEncoding("UTF-8");
        try (InputStream yaml = OpenApiServlet.class.getResourceAsStream(DOCUMENT)) {
            yaml.transferTo(response.getOutputStream());
        }
    }
}
