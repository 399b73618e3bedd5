package fr.guichet.web.api;

import fr.guichet.platform.StatementCount;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.ext.Provider;

/**
 * With {@code -Dguichet.sql.statements.header=true} (the test server only), every API answer says how many
 * SQL statements its call sent, in {@code X-Guichet-Sql-Statements}: tests hold each core call to a
 * small fixed number. Off by default: a production answer says nothing about its queries.
 */
@Provider
public class StatementCountHeader implements ContainerRequestFilter, ContainerResponseFilter {

    static final String HEADER = "X-Guichet-Sql-Statements";
    private static final boolean ENABLED = Boolean.getBoolean("guichet.sql.statements.header");

    @Override
    public void filter(ContainerRequestContext request) {
        if (ENABLED) {
            StatementCount.start();
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (ENABLED) {
            int statements = StatementCount.stop();
            if (statements >= 0) {
                response.getHeaders().putSingle(HEADER, statements);
            }
        }
    }
}
