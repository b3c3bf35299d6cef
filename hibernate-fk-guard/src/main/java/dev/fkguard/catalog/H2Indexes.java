package dev.fkguard.catalog;

import dev.fkguard.catalog.CatalogRows.IndexRow;

import java.util.Comparator;
import java.util.List;

/**
 * H2's indexes, read view by view and joined here, for the reason {@link H2ForeignKeys} gives: a join of two
 * INFORMATION_SCHEMA views takes seconds at a thousand tables on H2, two single-view queries milliseconds. The primary
 * key's index is the one its constraint names ({@link H2TableConstraints}).
 */
final class H2Indexes {

    private final SqlCatalogSource source;

    H2Indexes(SqlCatalogSource source) {
        this.source = source;
    }

    /** @param constraints the schemas' TABLE_CONSTRAINTS, which name the index behind each primary key */
    List<IndexRow> read(List<String> schema, H2TableConstraints constraints) {
        List<IndexRow> rows = source.query(CatalogConcern.INDEXES, schema, rs -> new IndexRow(
                rs.getString("table_schema"), rs.getString("table_name"), rs.getString("index_name"),
                rs.getInt("ordinal_position"), rs.getString("column_name"), rs.getBoolean("is_unique"),
                constraints.backsPrimaryKey(rs.getString("index_schema"), rs.getString("index_name"))));
        // The source's own list: sorted in place.
        rows.sort(Comparator.comparing(IndexRow::table).thenComparing(IndexRow::name)
                .thenComparingInt(IndexRow::position));
        return rows;
    }
}
