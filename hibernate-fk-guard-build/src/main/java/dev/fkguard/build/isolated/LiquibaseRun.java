package dev.fkguard.build.isolated;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.resource.DirectoryResourceAccessor;

import javax.sql.DataSource;
import java.io.FileNotFoundException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.function.BiConsumer;

/** Makes the throwaway database with the project's Liquibase changelog, resolved as on the class path. */
final class LiquibaseRun {

    private LiquibaseRun() {
    }

    @SuppressWarnings("deprecation") // Liquibase#update(Contexts, LabelExpression): in every 4.x, unlike CommandScope's arguments
    static void update(DataSource dataSource, Path root, Path changelog, String engine,
                       BiConsumer<String, String> log) {
        String path = root.relativize(changelog).toString().replace('\\', '/');
        try {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(dataSource.getConnection()));
            try (Liquibase liquibase = new Liquibase(path, new DirectoryResourceAccessor(root), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
            log.accept("info", "hibernate-fk-guard: Liquibase ran " + path + " on the throwaway " + engine + " database");
        } catch (LiquibaseException e) {
            throw new BuildFailure("the Liquibase changelog " + changelog + " does not run on " + engine + ", so"
                    + " there is no database to check:\n" + messages(e), "correct the change set and statement named"
                    + " above. If it is written for another engine, set <engine> to the one production uses (h2,"
                    + " postgresql, mariadb, mysql), or check a database it ran on with <jdbcUrl>.", e);
        } catch (SQLException | FileNotFoundException e) {
            throw new BuildFailure("cannot run the Liquibase changelog " + changelog + ": " + e.getMessage(),
                    "check the changelog path (liquibaseChangelog).", e);
        }
    }

    /** Liquibase wraps the failing change set and its SQL a few levels deep; show every level once. */
    private static String messages(Throwable e) {
        StringBuilder text = new StringBuilder();
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage();
            if (message != null && (text.length() == 0 || !text.toString().contains(message))) {
                text.append(text.length() == 0 ? "" : "\n  caused by: ").append(message);
            }
        }
        return text.toString();
    }
}
