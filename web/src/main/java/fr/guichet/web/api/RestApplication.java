package fr.guichet.web.api;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/** The REST API: JSON under {@code /api/v1}, described by {@code /openapi}. */
@ApplicationPath("/api")
public class RestApplication extends Application {
}
