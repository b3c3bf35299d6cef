package dev.fkguard.ddl;

import dev.fkguard.model.ColumnAttributes;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.TableRef;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Spells remedies as SQL for the engine that was checked (MySQL drops a key with {@code DROP FOREIGN KEY}, the
 * others with {@code DROP CONSTRAINT}; each changes a column type its own way). Identifiers are quoted only where
 * they need it.
 *
 * <p>Two spellings: {@link #render(Remedy)} is the short form a fix hint shows; {@link #statements(Remedy)} is what
 * a migration runs, in the engine's safe form (PostgreSQL adds keys {@code NOT VALID} and validates them in a
 * second step, builds indexes {@code CONCURRENTLY}) with comments on what to check first.
 */
public final class DdlRenderer {

    private final DatabaseKind kind;
    private final SqlNames names;
    private final NameRules rules;
    private final GeneratedNames generated;
    private final boolean concurrentIndexes;

    /**
     * @param defaultSchemas schemas the statements run in anyway; tables there are written without their schema,
     *                       as a migration for that schema would write them
     *                       (the first; tables in the others are qualified). A renderer for a database that was read
     *                       takes its {@link DatabaseInfo} instead, which knows how the engine stores names.
     */
    public DdlRenderer(DatabaseKind kind, Collection<String> defaultSchemas) {
        this(new DatabaseInfo(kind, "", List.copyOf(defaultSchemas)));
    }

    /** Statements for the database that was read: its engine, its names and the schema statements run in. */
    public DdlRenderer(DatabaseInfo database) {
        this(database, TableSpellings.asWritten(database.names()));
    }

    /** As {@link #DdlRenderer(DatabaseInfo)}, each table spelled one way across one migration's statements. */
    public DdlRenderer(DatabaseInfo database, TableSpellings spellings) {
        this(database, spellings, true);
    }

    private DdlRenderer(DatabaseInfo database, TableSpellings spellings, boolean concurrentIndexes) {
        this.kind = database.kind();
        this.names = new SqlNames(kind, database.names(), spellings);
        this.rules = database.names();
        this.generated = new GeneratedNames(kind, database.names());
        this.concurrentIndexes = concurrentIndexes;
    }

    /**
     * The same statements for a tool that keeps a transaction of its own open while a migration runs (Flyway's
     * PostgreSQL advisory lock): every statement runs inside a transaction, an index is built without
     * {@code CONCURRENTLY}, which would wait for that transaction forever.
     */
    public static DdlRenderer inTransaction(DatabaseInfo database, TableSpellings spellings) {
        return new DdlRenderer(database, spellings, false);
    }

    /** The statement(s) of one remedy, each ending in a semicolon, joined by a space. */
    public String render(Remedy remedy) {
        // Java 17 has no pattern matching in switch; the sealed interface keeps this list complete.
        if (remedy instanceof Remedy.AddForeignKey add) {
            return addForeignKey(add.key(), add.constraintName());
        }
        if (remedy instanceof Remedy.DropForeignKey drop) {
            return dropForeignKey(drop.key());
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return replaceForeignKey(replace.existing(), replace.wanted());
        }
        if (remedy instanceof Remedy.ChangeColumnType change) {
            return changeColumnType(change.table(), change.column(), change.type(), change.nullable(),
                    change.attributes());
        }
        if (remedy instanceof Remedy.DropNotNull drop) {
            return dropNotNull(drop.table(), drop.column(), drop.type(), drop.attributes());
        }
        if (remedy instanceof Remedy.SetNotNull set) {
            return setNotNull(set.table(), set.column(), set.type(), set.attributes());
        }
        if (remedy instanceof Remedy.CreateIndex index) {
            return "CREATE INDEX " + identifier(index.indexName()) + " ON " + table(index.table()) + " ("
                    + columns(index.table(), index.columns()) + ");";
        }
        if (remedy instanceof Remedy.ChangeEngine engine) {
            return "ALTER TABLE " + table(engine.table()) + " ENGINE=" + engine.engine() + ";";
        }
        if (remedy instanceof Remedy.ValidateConstraint validate) {
            return "ALTER TABLE " + table(validate.key().table()) + " VALIDATE CONSTRAINT "
                    + identifier(validate.key().name().orElse("<constraint name>")) + ";";
        }
        if (remedy instanceof Remedy.RenameForeignKey rename) {
            return renameForeignKey(rename.existing(), rename.newName());
        }
        Remedy.EnforceConstraint enforce = (Remedy.EnforceConstraint) remedy;
        return "ALTER TABLE " + table(enforce.key().table()) + " ALTER CONSTRAINT "
                + identifier(enforce.key().name().orElse("<constraint name>")) + " ENFORCED;";
    }

    /**
     * The statements a migration runs for one remedy, in the engine's safe form, each with its comments and
     * {@link Statement.Phase}. Remedies this method does not know get their {@link #render(Remedy)} form.
     */
    public List<Statement> statements(Remedy remedy) {
        if (remedy instanceof Remedy.AddForeignKey add) {
            return addingKey(add.key(), add.constraintName(), Optional.empty());
        }
        if (remedy instanceof Remedy.DropForeignKey drop) {
            return List.of(statement(dropForeignKey(drop.key()), List.of(), Statement.Phase.DROP_FOREIGN_KEYS));
        }
        if (remedy instanceof Remedy.ReplaceForeignKey replace) {
            return addingKey(replace.wanted(), replacementName(replace), Optional.of(replace.existing()));
        }
        Optional<Statement> leftOut = leftOutRedefinition(remedy);
        if (leftOut.isPresent()) {
            return List.of(leftOut.get());
        }
        if (remedy instanceof Remedy.ChangeColumnType change) {
            List<String> comments = change.current()
                    .flatMap(current -> TypeNarrowing.risk(current, change.type()))
                    .map(why -> List.of("may lose data: " + why + "; check the values first."))
                    .orElse(List.of());
            return List.of(statement(render(change), comments, Statement.Phase.CHANGE_COLUMNS));
        }
        if (remedy instanceof Remedy.SetNotNull set) {
            return List.of(statement(render(set), List.of("fails while NULLs remain; find them with: SELECT * FROM "
                    + table(set.table()) + " WHERE " + column(set.table(), set.column()) + " IS NULL;"),
                    Statement.Phase.CHANGE_COLUMNS));
        }
        if (remedy instanceof Remedy.DropNotNull drop) {
            return List.of(statement(render(drop), List.of(), Statement.Phase.CHANGE_COLUMNS));
        }
        if (remedy instanceof Remedy.CreateIndex index) {
            return List.of(createIndex(index));
        }
        if (remedy instanceof Remedy.ChangeEngine engine) {
            return List.of(statement(render(engine), List.of("rebuilds the table (copies every row) under a lock;"
                    + " plan it for a quiet moment."), Statement.Phase.CHANGE_ENGINES));
        }
        if (remedy instanceof Remedy.ValidateConstraint || remedy instanceof Remedy.EnforceConstraint) {
            return List.of(statement(render(remedy), List.of("checks every existing row; fails on orphans."),
                    Statement.Phase.VALIDATE_FOREIGN_KEYS));
        }
        return List.of(statement(render(remedy), List.of(), Statement.Phase.ADD_FOREIGN_KEYS));
    }

    /**
     * Adds {@code key} as {@code name}, dropping {@code existing} first (in the same statement where the engine
     * allows it). PostgreSQL adds the key NOT VALID, which takes only a brief lock, and validates it separately.
     */
    private List<Statement> addingKey(ForeignKey key, String name, Optional<ForeignKey> existing) {
        List<String> comments = new ArrayList<>();
        boolean rowsUnchecked = existing.map(old -> !old.validated() || !old.enforced()
                || !old.targetTable().equals(key.targetTable())
                || !rules.sameColumns(key.targetTable(), old.targetColumns(), key.targetColumns())).orElse(true);
        if (rowsUnchecked) {
            comments.add("rows that would make it fail: " + orphanQuery(key));
        }
        if (kind.isMySqlFamily()) {
            comments.add("InnoDB supports ON DELETE/UPDATE CASCADE, SET NULL, RESTRICT and NO ACTION (checked at"
                    + " once, like RESTRICT); it refuses SET DEFAULT. The table must use ENGINE=InnoDB.");
        }
        String add = "ADD " + constraintClause(key, name);
        List<Statement> result = new ArrayList<>();
        switch (kind) {
            case POSTGRESQL -> {
                String drop = existing.map(old -> dropClause(old) + ", ").orElse("");
                result.add(statement("ALTER TABLE " + table(key.table()) + " " + drop + add + " NOT VALID;", comments,
                        Statement.Phase.ADD_FOREIGN_KEYS));
                result.add(statement("ALTER TABLE " + table(key.table()) + " VALIDATE CONSTRAINT " + identifier(name)
                        + ";", List.of(), Statement.Phase.VALIDATE_FOREIGN_KEYS));
            }
            case MYSQL, MARIADB -> {
                if (existing.isPresent() && reusesNameOnMySql(existing.get(), name)) {
                    result.add(statement(dropForeignKey(existing.get()), List.of("MySQL and MariaDB refuse to drop"
                            + " and add a constraint of the same name in one statement: the key is missing between"
                            + " these two statements."), Statement.Phase.ADD_FOREIGN_KEYS));
                    result.add(statement(addForeignKey(key, name), comments, Statement.Phase.ADD_FOREIGN_KEYS));
                    return List.copyOf(result);
                }
                String drop = existing.map(old -> dropClause(old) + ", ").orElse("");
                result.add(statement("ALTER TABLE " + table(key.table()) + " " + drop + add + ";", comments,
                        Statement.Phase.ADD_FOREIGN_KEYS));
            }
            case H2, OTHER -> {
                existing.ifPresent(old -> result.add(statement(dropForeignKey(old), List.of(),
                        Statement.Phase.ADD_FOREIGN_KEYS)));
                result.add(statement(addForeignKey(key, name), comments, Statement.Phase.ADD_FOREIGN_KEYS));
            }
        }
        return List.copyOf(result);
    }

    /**
     * MySQL 8 and MariaDB check a new constraint's name before they drop the old one, so {@code DROP FOREIGN KEY x,
     * ADD CONSTRAINT x} fails as a duplicate name: keeping the name takes two statements.
     */
    private boolean reusesNameOnMySql(ForeignKey existing, String name) {
        return kind.isMySqlFamily() && existing.name().filter(n -> rules.sameConstraintName(n, name)).isPresent();
    }

    /** The child rows whose parent does not exist; rows with a NULL in the key are never checked, so skipped. */
    public String orphanQuery(ForeignKey key) {
        StringBuilder sql = new StringBuilder("SELECT ");
        sql.append(key.columns().stream().map(c -> "c." + column(key.table(), c)).collect(Collectors.joining(", ")));
        sql.append(" FROM ").append(table(key.table())).append(" c LEFT JOIN ").append(table(key.targetTable()))
                .append(" p ON ");
        List<String> targets = key.targetColumns();
        List<String> joins = new ArrayList<>();
        for (int i = 0; i < key.columns().size(); i++) {
            joins.add("p." + column(key.targetTable(), targets.get(i)) + " = c."
                    + column(key.table(), key.columns().get(i)));
        }
        sql.append(String.join(" AND ", joins)).append(" WHERE ");
        key.columns().forEach(c -> sql.append("c.").append(column(key.table(), c)).append(" IS NOT NULL AND "));
        sql.append("p.").append(column(key.targetTable(), targets.get(0))).append(" IS NULL;");
        return sql.toString();
    }

    private Statement createIndex(Remedy.CreateIndex index) {
        String columns = " ON " + table(index.table()) + " (" + columns(index.table(), index.columns()) + ");";
        if (kind == DatabaseKind.POSTGRESQL && !concurrentIndexes) {
            return statement("CREATE INDEX " + identifier(index.indexName()) + columns,
                    List.of("blocks writes to " + table(index.table()) + " while it builds: Flyway's default"
                            + " transactional lock makes CREATE INDEX CONCURRENTLY wait forever. For a large table"
                            + " that must stay writable, build it CONCURRENTLY by hand, or in a file of its own with"
                            + " executeInTransaction=false and Flyway's postgresql.transactional.lock=false."),
                    Statement.Phase.CREATE_INDEXES);
        }
        if (kind == DatabaseKind.POSTGRESQL) {
            // CONCURRENTLY builds the index without blocking writes, but PostgreSQL refuses it in a transaction.
            return new Statement("CREATE INDEX CONCURRENTLY " + identifier(index.indexName()) + columns,
                    List.of("builds without blocking writes; must run outside a transaction."), false,
                    Statement.Phase.CREATE_INDEXES);
        }
        return statement("CREATE INDEX " + identifier(index.indexName()) + columns, List.of(),
                Statement.Phase.CREATE_INDEXES);
    }

    private static Statement statement(String sql, List<String> comments, Statement.Phase phase) {
        return new Statement(sql, comments, true, phase);
    }

    public String setNotNull(TableRef table, String column, ColumnType type, ColumnAttributes attributes) {
        // MySQL and MariaDB have no SET NOT NULL: the column is redefined whole, as for a type change.
        return kind.isMySqlFamily() ? redefine(table, column, declared(type, attributes), false, attributes)
                : "ALTER TABLE " + table(table) + " ALTER COLUMN " + column(table, column) + " SET NOT NULL;";
    }

    /** A column type as DDL writes it; MySQL and MariaDB also repeat the character set and collation. */
    public String typeDefinition(ColumnType type) {
        StringBuilder text = new StringBuilder(type.describe());
        if (kind.isMySqlFamily()) {
            type.charset().ifPresent(c -> text.append(" CHARACTER SET ").append(c));
            type.collation().ifPresent(c -> text.append(" COLLATE ").append(c));
        }
        return text.toString();
    }

    public String addForeignKey(ForeignKey key, String constraintName) {
        return "ALTER TABLE " + table(key.table()) + " ADD " + constraintClause(key, constraintName) + ";";
    }

    public String dropForeignKey(ForeignKey key) {
        return "ALTER TABLE " + table(key.table()) + " " + dropClause(key) + ";";
    }

    /** Drop and re-add in one statement where the engine allows it, so no moment passes without the key. */
    public String replaceForeignKey(ForeignKey existing, ForeignKey wanted) {
        String name = replacementName(new Remedy.ReplaceForeignKey(existing, wanted));
        // Both keys sit on the same table; the wanted key carries the mapping's spelling of its name.
        if (kind == DatabaseKind.H2 || kind == DatabaseKind.OTHER || reusesNameOnMySql(existing, name)) {
            return "ALTER TABLE " + table(wanted.table()) + " " + dropClause(existing) + "; "
                    + addForeignKey(wanted, name);
        }
        return "ALTER TABLE " + table(wanted.table()) + " " + dropClause(existing) + ", ADD "
                + constraintClause(wanted, name) + ";";
    }

    /** The name a replacement key gets; {@link GeneratedNames} decides. */
    public String replacementName(Remedy.ReplaceForeignKey replace) {
        return generated.replacementName(replace);
    }

    public String renameForeignKey(ForeignKey existing, String newName) {
        if (kind.isMySqlFamily() || existing.name().isEmpty()) {
            return "ALTER TABLE " + table(existing.table()) + " " + dropClause(existing) + ", ADD "
                    + constraintClause(existing, newName) + ";";
        }
        return "ALTER TABLE " + table(existing.table()) + " RENAME CONSTRAINT " + identifier(existing.name().get())
                + " TO " + identifier(newName) + ";";
    }

    /**
     * Gives a column {@code type}. MySQL and MariaDB redefine the whole column with MODIFY COLUMN, which drops every
     * attribute it does not repeat, so there the statement repeats the column's nullability and
     * {@code attributes}; a column they cannot be given again safely (a generated one) gets a comment instead.
     */
    public String changeColumnType(TableRef table, String column, ColumnType type, boolean nullable,
                                   ColumnAttributes attributes) {
        return switch (kind) {
            case MYSQL, MARIADB -> redefine(table, column, typeDefinition(type), nullable, attributes);
            case POSTGRESQL -> "ALTER TABLE " + table(table) + " ALTER COLUMN " + column(table, column) + " TYPE "
                    + typeDefinition(type) + ";";
            case H2, OTHER -> "ALTER TABLE " + table(table) + " ALTER COLUMN " + column(table, column)
                    + " SET DATA TYPE " + typeDefinition(type) + ";";
        };
    }

    public String dropNotNull(TableRef table, String column, ColumnType type, ColumnAttributes attributes) {
        return kind.isMySqlFamily() ? redefine(table, column, declared(type, attributes), true, attributes)
                : "ALTER TABLE " + table(table) + " ALTER COLUMN " + column(table, column) + " DROP NOT NULL;";
    }

    /**
     * MySQL/MariaDB MODIFY COLUMN with the whole definition: {@code type} (with character set and collation),
     * nullability, and every attribute the column has today (both engines accept them in this order). A generated
     * column keeps its generation clause, which rules out a default of its own; the planner leaves such a
     * redefinition out, so this text is only shown, as the statement a DBA would review.
     */
    private String redefine(TableRef table, String column, String type, boolean nullable,
                            ColumnAttributes attributes) {
        StringBuilder sql = new StringBuilder("ALTER TABLE ").append(table(table)).append(" MODIFY COLUMN ")
                .append(column(table, column)).append(' ').append(type);
        attributes.generated().ifPresent(g -> sql.append(' ').append(g));
        sql.append(nullable ? " NULL" : " NOT NULL");
        if (attributes.generated().isEmpty()) {
            attributes.defaultValue().ifPresent(d -> sql.append(" DEFAULT ").append(d));
            attributes.onUpdate().ifPresent(u -> sql.append(" ON UPDATE ").append(u));
            if (attributes.autoIncrement()) {
                sql.append(" AUTO_INCREMENT");
            }
        }
        if (attributes.invisible()) {
            sql.append(" INVISIBLE");
        }
        attributes.comment().ifPresent(c -> sql.append(" COMMENT ").append(stringLiteral(c)));
        attributes.check().ifPresent(c -> sql.append(" CHECK (").append(c).append(')'));
        return sql.append(';').toString();
    }

    /**
     * The column's own type for a redefinition that keeps it: as the engine declared it where that was read
     * ({@code timestamp(3)} keeps its fraction digits, {@code enum(…)} its values), with character set and collation.
     */
    private String declared(ColumnType type, ColumnAttributes attributes) {
        if (attributes.declaredType().isEmpty()) {
            return typeDefinition(type);
        }
        StringBuilder text = new StringBuilder(attributes.declaredType().get());
        type.charset().ifPresent(c -> text.append(" CHARACTER SET ").append(c));
        type.collation().ifPresent(c -> text.append(" COLLATE ").append(c));
        return text.toString();
    }

    /** Why MODIFY COLUMN cannot repeat this column's definition safely; empty where it can, or is not needed. */
    private Optional<String> whyNotRedefined(TableRef table, String column, ColumnAttributes attributes) {
        if (!kind.isMySqlFamily()) {
            return Optional.empty();
        }
        return attributes.generated().map(clause -> RemedyPlanner.whyGeneratedColumnStays(
                table(table) + "." + column(table, column), clause));
    }

    /**
     * A column change this engine cannot make safely, as the note that stands in for it, labelled as the migration
     * labels a change it leaves out. The planner leaves such changes out before they get here; this keeps a
     * renderer used on its own from redefining a generated column.
     */
    private Optional<Statement> leftOutRedefinition(Remedy remedy) {
        Optional<String> why = remedy instanceof Remedy.ChangeColumnType change
                ? whyNotRedefined(change.table(), change.column(), change.attributes())
                : remedy instanceof Remedy.SetNotNull set ? whyNotRedefined(set.table(), set.column(), set.attributes())
                : remedy instanceof Remedy.DropNotNull drop
                ? whyNotRedefined(drop.table(), drop.column(), drop.attributes()) : Optional.empty();
        return why.map(text -> Statement.leftOut(List.of("left out, "
                + PlannedRemedies.Reason.ENGINE_REFUSES.explain(text)), Statement.Phase.CHANGE_COLUMNS));
    }

    /** A MySQL/MariaDB string literal: quotes doubled, and backslashes, which are escapes there. */
    private static String stringLiteral(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    /** A column, constraint or index name; {@link SqlNames} decides the quoting. */
    public String identifier(String name) {
        return names.identifier(name);
    }

    /** A column of {@code table}, quoted as the catalog stores it where it needs quotes; {@link SqlNames} decides. */
    public String column(TableRef table, String column) {
        return names.column(table, column);
    }

    /** A table, qualified when outside the connection's default schema; {@link SqlNames} decides. */
    public String table(TableRef ref) {
        return names.table(ref);
    }

    private String constraintClause(ForeignKey key, String constraintName) {
        StringBuilder sql = new StringBuilder("CONSTRAINT ").append(identifier(constraintName))
                .append(" FOREIGN KEY (").append(columns(key.table(), key.columns())).append(") REFERENCES ")
                .append(names.referencedTable(key.table(), key.targetTable())).append(" (").append(columns(key.targetTable(), key.targetColumns()))
                .append(')');
        if (!isDefault(key.onDelete())) {
            sql.append(" ON DELETE ").append(key.onDelete().sql());
        }
        if (!isDefault(key.onUpdate())) {
            sql.append(" ON UPDATE ").append(key.onUpdate().sql());
        }
        return sql.toString();
    }

    /**
     * Whether the clause can be left out: the engine then stores exactly this action. Every other action is spelled
     * out, so a re-created key reads back the word it had (MariaDB stores an omitted clause as RESTRICT, so NO ACTION
     * is written there; MySQL stores NO ACTION, so RESTRICT is written there).
     */
    private boolean isDefault(ReferentialAction action) {
        return action == ReferentialAction.omitted(kind);
    }

    private String dropClause(ForeignKey key) {
        String name = identifier(key.name().orElse("<constraint name>"));
        return kind.isMySqlFamily() ? "DROP FOREIGN KEY " + name : "DROP CONSTRAINT " + name;
    }

    private String columns(TableRef table, List<String> names) {
        return names.stream().map(name -> column(table, name)).collect(Collectors.joining(", "));
    }
}
