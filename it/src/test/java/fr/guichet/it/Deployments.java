package fr.guichet.it;

import java.io.File;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.jboss.shrinkwrap.api.spec.WebArchive;

/** The archives the tests deploy: the very EAR the build produced, optionally carrying in-container tests. */
final class Deployments {

    static final String BASE_URL = "http://localhost:8180";

    private Deployments() {
    }

    /** The application as built (ear/target/guichet.ear), for tests that act as a client. */
    static EnterpriseArchive application() {
        return ShrinkWrap.createFromZipFile(EnterpriseArchive.class, new File(System.getProperty("guichet.ear")));
    }

    /** The application with test classes added to its web module, for tests that run inside the server. */
    static EnterpriseArchive withTests(Class<?>... testClasses) {
        EnterpriseArchive ear = application();
        WebArchive web = ear.getAsType(WebArchive.class, "guichet-web.war");
        web.addClasses(testClasses);
        ear.delete("guichet-web.war");
        ear.addAsModule(web);
        return ear;
    }
}
