package dev.fkguard.support;

import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.Locale;

/** Runs a changelog the guard wrote with real Liquibase, for tests that prove it executes. */
public final class LiquibaseRun {

    private LiquibaseRun() {
    }

    /** Liquibase's own update, as {@code liquibase update} runs it, on the test's connection. */
    @SuppressWarnings("deprecation") // Liquibase 4's CommandScope needs its Scope set up; this does the same.
    public static void update(TestDatabase db, Path directory, String changelog) throws Exception {
        try (Connection connection = db.connect()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            if (db.engine() == Engine.POSTGRESQL) {
                database.setDefaultSchemaName(db.schema().toLowerCase(Locale.ROOT));
            }
            try (Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(directory), database)) {
                liquibase.update(new Contexts(), new LabelExpression());
            }
        }
    }
}
