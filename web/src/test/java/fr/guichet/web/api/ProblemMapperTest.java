package fr.guichet.web.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ProblemMapperTest {

    @Test
    void anUnconvertibleQueryParameterIsABadRequestNamingIt() {
        Problem problem = ProblemMapper.unconvertibleQuery("RESTEASY003870: Unable to extract parameter from http"
                + " request: jakarta.ws.rs.QueryParam(\"page\") value is 'abc' for public fr.guichet.web.api.PageDto"
                + " fr.guichet.web.kb.KnowledgeResource.search(java.lang.String,int,int)");
        assertEquals(400, problem.status());
        assertEquals("La valeur abc n'est pas acceptée pour le paramètre page.", problem.detail());
    }

    @Test
    void anUnknownPathIsStillNotFound() {
        assertNull(ProblemMapper.unconvertibleQuery("RESTEASY003210: Could not find resource for full path: /api/v1/nothing"));
        assertNull(ProblemMapper.unconvertibleQuery("RESTEASY003870: Unable to extract parameter from http request:"
                + " jakarta.ws.rs.PathParam(\"id\") value is 'abc' for public ..."));
    }

    @Test
    void aRefusedBodyNamesItsField() {
        Problem problem = ProblemMapper.problemFor(ProblemMapper.unwrap(new IllegalStateException("reader",
                new InvalidJsonException("lines[0].qty", "error.json.unknownField"))));
        assertEquals(400, problem.status());
        assertEquals("Le champ « lines[0].qty » n'existe pas ici : vérifiez son orthographe.", problem.detail());
        assertEquals("lines[0].qty", problem.errors().get(0).field());
    }
}
