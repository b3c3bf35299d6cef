package dev.fkguard.catalog;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * H2's TABLE_CONSTRAINTS view, read once for what {@link H2ForeignKeys} and {@link H2Indexes} need of it: each foreign
 * key's table and state, and the index behind each primary key. H2 generates every row of an INFORMATION_SCHEMA view
 * it reads; reading this one view once costs less than it twice, or than its INDEXES view (one row per index, each with
 * its CREATE statement built) for telling the primary key's index.
 */
final class H2TableConstraints {

    /** A constraint or index by schema and name, without a key string built per row. */
    record Key(String schema, String name) {
    }

    /** The table of a foreign key and whether it is deferrable and enforced. */
    record TableOf(String schema, String table, boolean deferrable, boolean enforced) {
    }

    private record Row(String schema, String name, boolean primaryKey, String tableSchema, String table,
                       boolean deferrable, boolean enforced, String indexSchema, String index) {
    }

    private final Map<Key, TableOf> foreignKeyTables;
    private final Set<Key> primaryKeyIndexes;

    private H2TableConstraints(Map<Key, TableOf> foreignKeyTables, Set<Key> primaryKeyIndexes) {
        this.foreignKeyTables = foreignKeyTables;
        this.primaryKeyIndexes = primaryKeyIndexes;
    }

    static H2TableConstraints read(SqlCatalogSource source, List<String> schema) {
        Map<Key, TableOf> tables = new HashMap<>();
        Set<Key> primaryKeys = new HashSet<>();
        for (Row row : source.query(CatalogConcern.TABLE_CONSTRAINTS, schema, rs -> new Row(
                rs.getString("constraint_schema"), rs.getString("constraint_name"),
                "PRIMARY KEY".equals(rs.getString("constraint_type")), rs.getString("table_schema"),
                rs.getString("table_name"), rs.getBoolean("is_deferrable"), rs.getBoolean("is_enforced"),
                rs.getString("index_schema"), rs.getString("index_name")))) {
            if (row.primaryKey()) {
                primaryKeys.add(new Key(row.indexSchema(), row.index()));
            } else {
                tables.put(new Key(row.schema(), row.name()),
                        new TableOf(row.tableSchema(), row.table(), row.deferrable(), row.enforced()));
            }
        }
        return new H2TableConstraints(tables, primaryKeys);
    }

    /** The table and state of the foreign key {@code schema.name}; null when the view did not list it. */
    TableOf foreignKeyTable(String schema, String name) {
        return foreignKeyTables.get(new Key(schema, name));
    }

    /** Whether the index {@code schema.name} backs a primary key. */
    boolean backsPrimaryKey(String schema, String name) {
        return primaryKeyIndexes.contains(new Key(schema, name));
    }
}
