package dev.fkguard.migration;

import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * A column's default, comment, character set and collation read straight from the engine's catalog (not through the
 * guard's reader, which is under test), so a test can tell whether a migration kept them.
 */
final class ColumnCatalog {

    private ColumnCatalog() {
    }

    /**
     * @param characters whether its character set and collation count too (not where the migration means to change
     *                   them)
     */
    record Ref(String table, String column, boolean characters) {
        Ref(String table, String column) {
            this(table, column, true);
        }

        Ref withoutCharacters() {
            return new Ref(table, column, false);
        }
    }

    /**
     * {@code default}, {@code comment} and (MySQL, MariaDB) {@code extra}, {@code charset}, {@code collation}; none
     * without a column.
     */
    static Map<String, String> attributes(TestDatabase db, Connection connection, Optional<Ref> ref)
            throws SQLException {
        Map<String, String> found = new LinkedHashMap<>();
        if (ref.isEmpty()) {
            return found;
        }
        Ref column = ref.get();
        if (db.engine() == Engine.MYSQL || db.engine() == Engine.MARIADB) {
            try (PreparedStatement query = connection.prepareStatement("SELECT COLUMN_DEFAULT, COLUMN_COMMENT,"
                    + " CHARACTER_SET_NAME, COLLATION_NAME, EXTRA FROM information_schema.COLUMNS WHERE TABLE_SCHEMA ="
                    + " DATABASE() AND TABLE_NAME = ? AND COLUMN_NAME = ?")) {
                query.setString(1, column.table());
                query.setString(2, column.column());
                try (ResultSet row = query.executeQuery()) {
                    if (!row.next()) {
                        throw new AssertionError("no column " + column);
                    }
                    found.put("default", String.valueOf(row.getString(1)));
                    found.put("comment", String.valueOf(row.getString(2)));
                    // INVISIBLE, a generation clause, an ON UPDATE: what a redefinition may lose besides.
                    found.put("extra", String.valueOf(row.getString(5)));
                    if (column.characters()) {
                        found.put("charset", String.valueOf(row.getString(3)));
                        found.put("collation", String.valueOf(row.getString(4)));
                    }
                }
            }
            return found;
        }
        DatabaseMetaData meta = connection.getMetaData();
        try (ResultSet row = meta.getColumns(connection.getCatalog(), connection.getSchema(), null, null)) {
            while (row.next()) {
                if (row.getString("TABLE_NAME").toLowerCase(Locale.ROOT).equals(column.table())
                        && row.getString("COLUMN_NAME").toLowerCase(Locale.ROOT).equals(column.column())) {
                    found.put("default", String.valueOf(row.getString("COLUMN_DEF")));
                    found.put("comment", String.valueOf(row.getString("REMARKS")));
                    return found;
                }
            }
        }
        throw new AssertionError("no column " + column);
    }
}
