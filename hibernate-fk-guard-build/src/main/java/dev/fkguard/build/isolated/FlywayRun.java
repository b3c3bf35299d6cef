package dev.fkguard.build.isolated;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

import javax.sql.DataSource;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;

/** Makes the throwaway database with the project's Flyway migrations, as the application's Flyway would. */
final class FlywayRun {

    private FlywayRun() {
    }

    static void migrate(DataSource dataSource, List<String> locations, Map<String, String> placeholders, String engine,
                        BiConsumer<String, String> log) {
        String[] filesystem = locations.stream().map(l -> "filesystem:" + l).toArray(String[]::new);
        try {
            var result = Flyway.configure(FlywayRun.class.getClassLoader()).dataSource(dataSource)
                    .locations(filesystem).placeholders(placeholders).load().migrate();
            log.accept("info", "hibernate-fk-guard: Flyway applied " + result.migrationsExecuted
                    + " migrations to the throwaway " + engine + " database");
        } catch (FlywayException e) {
            throw new BuildFailure("a Flyway migration in " + String.join(", ", locations) + " does not run on "
                    + engine + ", so there is no database to check:\n" + e.getMessage(), "correct the migration and"
                    + " statement named above. If it is written for another engine's SQL, set <engine> to the one"
                    + " production uses (h2, postgresql, mariadb, mysql), or check a database it ran on with"
                    + " <jdbcUrl>.", e);
        }
    }
}
