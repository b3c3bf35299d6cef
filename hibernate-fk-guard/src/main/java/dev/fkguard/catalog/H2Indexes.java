package dev.fkguard.catalog;

import dev.fkguard.catalog.CatalogRows.IndexRow;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * H2's indexes, read view by view and joined here, for the reason {@link H2ForeignKeys} gives: a join of two
 * INFORMATION_SCHEMA views takes seconds at a thousand tables on H2, two single-view queries milliseconds.
 */
final class H2Indexes {

    private record IndexColumn(String schema, String table, String indexSchema, String index, int position,
                               String column, boolean unique) {
    }

    private record IndexType(String schema, String index, String type) {
    }

    private final SqlCatalogSource source;

    H2Indexes(SqlCatalogSource source) {
        this.source = source;
    }

    List<IndexRow> read(List<String> schema) {
        Map<Key, String> types = new HashMap<>();
        source.query(CatalogConcern.INDEX_TYPES, schema, rs -> new IndexType(rs.getString("index_schema"),
                        rs.getString("index_name"), rs.getString("index_type_name")))
                .forEach(type -> types.put(key(type.schema(), type.index()), type.type()));
        return source.query(CatalogConcern.INDEXES, schema, rs -> new IndexColumn(rs.getString("table_schema"),
                        rs.getString("table_name"), rs.getString("index_schema"), rs.getString("index_name"),
                        rs.getInt("ordinal_position"), rs.getString("column_name"), rs.getBoolean("is_unique")))
                .stream()
                .map(column -> new IndexRow(column.schema(), column.table(), column.index(), column.position(),
                        column.column(), column.unique(),
                        "PRIMARY KEY".equals(types.get(key(column.indexSchema(), column.index())))))
                .sorted(Comparator.comparing(IndexRow::table).thenComparing(IndexRow::name)
                        .thenComparingInt(IndexRow::position))
                .toList();
    }

    /** A constraint or index by schema and name, without a key string built per row. */
    private record Key(String schema, String name) {
    }

    private static Key key(String schema, String name) {
        return new Key(schema, name);
    }
}
