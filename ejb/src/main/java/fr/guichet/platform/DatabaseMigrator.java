package fr.guichet.platform;

import fr.guichet.common.Settings;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionManagement;
import jakarta.ejb.TransactionManagementType;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/**
 * Brings the schema up to date at deployment, before anything else starts: the versioned scripts of
 * {@code sql/migration}, then, in demo mode only, the demo data of {@code sql/demo} with a history of
 * its own (so that an empty database gets it once and a production database never does).
 */
@Singleton
@Startup
@TransactionManagement(TransactionManagementType.BEAN)
public class DatabaseMigrator {

    private static final Logger LOG = Logger.getLogger(DatabaseMigrator.class.getName());

    @Resource(lookup = "java:jboss/datasources/GuichetDS")
    private DataSource dataSource;

    @PostConstruct
    void migrate() {
        int schema = flyway("db/migration", "flyway_schema_history").migrate().migrationsExecuted;
        LOG.info(() -> "Schema migrations applied: " + schema);
        if (Settings.demoData()) {
            int demo = flyway("db/demo", "flyway_demo_history").migrate().migrationsExecuted;
            LOG.info(() -> "Demo data scripts applied: " + demo);
        }
    }

    private Flyway flyway(String location, String historyTable) {
        return Flyway.configure(DatabaseMigrator.class.getClassLoader())
                .dataSource(dataSource)
                .locations("classpath:" + location)
                .table(historyTable)
                .baselineOnMigrate(true)
                .baselineVersion("0")
                .load();
    }
}
