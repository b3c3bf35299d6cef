package dev.fkguard.bench;

import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * Makes the next catalog read on a connection cost what a startup check's does. H2 keeps the result of each of the
 * session's last prepared queries (its query cache holds 8) and hands it out again while nothing in the database has
 * changed, so a reader whose queries fit in that cache, measured again and again on one connection, would be
 * measured reading nothing: at N = 5000 its INFORMATION_SCHEMA queries allocate ~0 MB instead of ~80 MB. A startup
 * check reads once per session. Any change of data bumps H2's modification counter and voids those results: one row
 * into a table of a schema of its own, which no check reads. The other engines keep no query results.
 */
final class FreshCatalog {

    private static final String SCHEMA = "FKGUARD_BENCH";

    private FreshCatalog() {
    }

    /** Before each measured read: voids what H2 would hand out again (not measured: call it outside the timing). */
    static void prepare(TestDatabase database, Connection connection) {
        if (database.engine() != Engine.H2) {
            return;
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA IF NOT EXISTS " + SCHEMA);
            statement.execute("CREATE TABLE IF NOT EXISTS " + SCHEMA + ".TICK (X INT)");
            statement.execute("INSERT INTO " + SCHEMA + ".TICK VALUES (1)");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot void H2's cached catalog results", e);
        }
    }
}
