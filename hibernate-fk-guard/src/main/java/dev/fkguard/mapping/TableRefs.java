package dev.fkguard.mapping;

import java.util.Locale;
import java.util.Optional;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.NameQualifierSupport;
import org.hibernate.mapping.Column;
import org.hibernate.mapping.Table;

import dev.fkguard.model.Name;
import dev.fkguard.model.TableRef;

/**
 * Hibernate table → neutral reference: the names as Hibernate's own {@link Identifier}s spell them, with their
 * quoting (backticks, {@code hibernate.globally_quoted_identifiers}, {@code hibernate.auto_quote_keyword} all end
 * up as {@link Identifier#isQuoted()}). The namespace is the schema, or the catalog where only that is named (MySQL
 * and MariaDB call a database a catalog: {@code @Table(catalog = "crm")}); Hibernate has already put tables without
 * one {@code hibernate.default_schema} names. A table in no namespace is in the connection's current schema, which the
 * catalog reader supplies ({@link dev.fkguard.model.NameRules#table}).
 */
final class TableRefs {

    private TableRefs() {
    }

    /**
     * The table in the namespace the dialect renders: MySQL and MariaDB qualify by catalog only (Hibernate drops a
     * {@code @Table(schema = …)} there), PostgreSQL by schema only, H2 by schema (its catalog is the database). A
     * table naming none is in {@code defaultNamespace} ({@code hibernate.default_schema}, MySQL:
     * {@code default_catalog}), which Hibernate's SQL qualifies it with.
     */
    static TableRef of(Table table, NameQualifierSupport support, Optional<Identifier> defaultNamespace) {
        Identifier namespace = switch (support) {
            case CATALOG -> table.getCatalogIdentifier();
            case SCHEMA, BOTH -> table.getSchemaIdentifier();
            case NONE -> null;
        };
        if (namespace == null && support != NameQualifierSupport.NONE) {
            namespace = defaultNamespace.orElse(null);
        }
        return new TableRef(Optional.ofNullable(namespace).filter(n -> !n.getText().isBlank()).map(TableRefs::name),
                name(table.getNameIdentifier()));
    }

    /**
     * The table with its schema, or its catalog where only that is named; {@link #of(Table, NameQualifierSupport)}
     * then places it as the dialect does.
     */
    static TableRef of(Table table) {
        Identifier namespace = table.getSchemaIdentifier() != null ? table.getSchemaIdentifier()
                : table.getCatalogIdentifier();
        return new TableRef(Optional.ofNullable(namespace).filter(n -> !n.getText().isBlank()).map(TableRefs::name),
                name(table.getNameIdentifier()));
    }

    /**
     * What a Hibernate column is told apart by within its table, as Hibernate tells columns apart: an unquoted name
     * without case, a quoted one ({@code "Code"}, backticks, globally quoted) as written — another column than
     * {@code code}. Only for grouping the mapping's own columns; catalog names compare through {@code NameRules}.
     */
    static String columnIdentity(Column column) {
        return column.isQuoted() ? "\"" + column.getName() : column.getName().toLowerCase(Locale.ROOT);
    }

    private static Name name(Identifier identifier) {
        return Name.written(identifier.getText(), identifier.isQuoted());
    }
}
