package dev.fkguard.ddl;

import dev.fkguard.model.ColumnAttributes;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.TableRef;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A schema change that fixes a finding, independent of any engine's SQL: {@link DdlRenderer} spells it for one.
 * Rules attach remedies to their findings; migration writers order and render them.
 */
public sealed interface Remedy {

    /** The table the change alters, for grouping and ordering statements. */
    TableRef table();

    /** Adds a constraint that is missing. */
    record AddForeignKey(ForeignKey key, String constraintName) implements Remedy {
        public AddForeignKey {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(constraintName, "constraintName");
        }

        @Override
        public TableRef table() {
            return key.table();
        }
    }

    /** Drops a constraint nobody wants. */
    record DropForeignKey(ForeignKey key) implements Remedy {
        public DropForeignKey {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public TableRef table() {
            return key.table();
        }
    }

    /** Replaces a constraint by another on the same table, keeping the existing constraint's name. */
    record ReplaceForeignKey(ForeignKey existing, ForeignKey wanted) implements Remedy {
        public ReplaceForeignKey {
            Objects.requireNonNull(existing, "existing");
            Objects.requireNonNull(wanted, "wanted");
        }

        @Override
        public TableRef table() {
            return wanted.table();
        }
    }

    /**
     * Gives a column another type (a referencing column the referenced column's type).
     *
     * @param current    the column's type today, when known, so a migration can warn where values may not fit
     * @param attributes the rest of the column's definition today, which MySQL and MariaDB must be told again
     */
    record ChangeColumnType(TableRef table, String column, ColumnType type, boolean nullable,
                            Optional<ColumnType> current, ColumnAttributes attributes) implements Remedy {
        public ChangeColumnType {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(current, "current");
            Objects.requireNonNull(attributes, "attributes");
        }

        public ChangeColumnType(TableRef table, String column, ColumnType type, boolean nullable,
                                Optional<ColumnType> current) {
            this(table, column, type, nullable, current, ColumnAttributes.NONE);
        }

        public ChangeColumnType(TableRef table, String column, ColumnType type, boolean nullable) {
            this(table, column, type, nullable, Optional.empty());
        }
    }

    /**
     * Allows NULL in a column.
     *
     * @param type       the column's type, which MySQL and MariaDB must be told again
     * @param attributes the rest of its definition, likewise
     * @param setNullKey the database key whose SET NULL rule is the only reason for the change; a plan that replaces
     *                   that key by one without SET NULL, or drops it, needs no change to the column. Empty where the
     *                   column must allow NULL for its own sake.
     */
    record DropNotNull(TableRef table, String column, ColumnType type, ColumnAttributes attributes,
                       Optional<ForeignKey> setNullKey)
            implements Remedy {
        public DropNotNull {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(attributes, "attributes");
            Objects.requireNonNull(setNullKey, "setNullKey");
        }

        /** A column that must allow NULL for its own sake. */
        public DropNotNull(TableRef table, String column, ColumnType type, ColumnAttributes attributes) {
            this(table, column, type, attributes, Optional.empty());
        }

        /** A column that must allow NULL for its own sake, whose definition holds nothing beyond its type. */
        public DropNotNull(TableRef table, String column, ColumnType type) {
            this(table, column, type, ColumnAttributes.NONE);
        }
    }

    /**
     * Makes a column NOT NULL (check for NULL rows first).
     *
     * @param type       the column's type, which MySQL and MariaDB must be told again
     * @param attributes the rest of its definition, likewise
     */
    record SetNotNull(TableRef table, String column, ColumnType type, ColumnAttributes attributes)
            implements Remedy {
        public SetNotNull {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(column, "column");
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(attributes, "attributes");
        }

        public SetNotNull(TableRef table, String column, ColumnType type) {
            this(table, column, type, ColumnAttributes.NONE);
        }
    }

    /** Creates an index whose leading columns are {@code columns}. */
    record CreateIndex(TableRef table, List<String> columns, String indexName) implements Remedy {
        public CreateIndex {
            Objects.requireNonNull(table, "table");
            columns = List.copyOf(columns);
            Objects.requireNonNull(indexName, "indexName");
        }
    }

    /** Moves a MySQL/MariaDB table to a storage engine that enforces foreign keys. */
    record ChangeEngine(TableRef table, String engine) implements Remedy {
        public ChangeEngine {
            Objects.requireNonNull(table, "table");
            Objects.requireNonNull(engine, "engine");
        }
    }

    /** Checks the existing rows of a PostgreSQL {@code NOT VALID} constraint. */
    record ValidateConstraint(ForeignKey key) implements Remedy {
        public ValidateConstraint {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public TableRef table() {
            return key.table();
        }
    }

    /** Switches a PostgreSQL 18 {@code NOT ENFORCED} constraint to enforced. */
    record EnforceConstraint(ForeignKey key) implements Remedy {
        public EnforceConstraint {
            Objects.requireNonNull(key, "key");
        }

        @Override
        public TableRef table() {
            return key.table();
        }
    }

    /**
     * Gives a constraint another name. PostgreSQL and H2 rename in place; MySQL and MariaDB cannot rename a foreign
     * key, so there it is dropped and added again under the new name in one statement.
     */
    record RenameForeignKey(ForeignKey existing, String newName) implements Remedy {
        public RenameForeignKey {
            Objects.requireNonNull(existing, "existing");
            Objects.requireNonNull(newName, "newName");
        }

        @Override
        public TableRef table() {
            return existing.table();
        }
    }
}
