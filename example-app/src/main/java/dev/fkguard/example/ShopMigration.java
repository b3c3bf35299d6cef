package dev.fkguard.example;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.data.DataCheckSettings;
import dev.fkguard.ddl.Statement;
import dev.fkguard.migration.MigrationFile;
import dev.fkguard.migration.MigrationFormat;
import dev.fkguard.migration.MigrationPlan;
import dev.fkguard.migration.MigrationWriter;
import dev.fkguard.report.Report;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.example.shop.ShopEntities;
import org.hibernate.boot.MetadataSources;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The guard's Java API on the shop: check without starting the application, print the migration, and (on the
 * embedded demo database only) apply it.
 */
final class ShopMigration {

    /** A fixed version, so the printed Flyway file name does not change from run to run. */
    private static final String VERSION = "1";

    private ShopMigration() {
    }

    /** Reads the mapping and the catalog and checks them; the guard's Integrator stays off here. */
    static Report check(ConnectionSettings connection) throws SQLException {
        return check(connection, false);
    }

    /** As {@link #check(ConnectionSettings)}, with the orphaned-rows counts when {@code dataChecks} is set. */
    static Report check(ConnectionSettings connection, boolean dataChecks) throws SQLException {
        // The demo plans every finding, warnings included, as hibernate.fkguard.migration-scope=all does.
        FkGuardSettings settings = FkGuardSettings.fromProperties(
                Map.of(FkGuardSettings.MIGRATION_SCOPE, "all"), BuiltInRules.all());
        if (dataChecks) {
            settings = settings.withDataChecks(
                    new DataCheckSettings(true, DataCheckSettings.DEFAULT_TIMEOUT_SECONDS));
        }
        StandardServiceRegistry registry = new StandardServiceRegistryBuilder().applySettings(Map.of(
                "hibernate.connection.url", connection.url(),
                "hibernate.connection.username", connection.user(),
                "hibernate.connection.password", connection.password(),
                ShopSessionFactory.GUARD_MODE_SETTING, "off")).build();
        try (Connection jdbc = DriverManager.getConnection(connection.url(), connection.user(), connection.password())) {
            MetadataSources sources = new MetadataSources(registry);
            ShopEntities.all().forEach(sources::addAnnotatedClass);
            return new FkGuard(settings).check(sources.buildMetadata(), jdbc);
        } finally {
            StandardServiceRegistryBuilder.destroy(registry);
        }
    }

    /** Every file of the migration, each under a header naming it. */
    static String render(MigrationPlan plan, MigrationFormat format) {
        List<MigrationFile> files = new MigrationWriter(VERSION).render(plan, format);
        return files.stream()
                .map(file -> "----- " + file.fileName() + " -----\n" + file.content())
                .collect(Collectors.joining("\n"));
    }

    /** Runs the migration's statements in order; returns how many ran. */
    static int apply(MigrationPlan plan, ConnectionSettings connection) throws SQLException {
        List<Statement> statements = plan.statements();
        try (Connection jdbc = DriverManager.getConnection(connection.url(), connection.user(), connection.password());
             java.sql.Statement sql = jdbc.createStatement()) {
            for (Statement statement : statements) {
                sql.execute(statement.sql().replaceAll(";\\s*$", ""));
            }
        }
        return statements.size();
    }
}
