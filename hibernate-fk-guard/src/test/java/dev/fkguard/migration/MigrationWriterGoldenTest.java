package dev.fkguard.migration;

import dev.fkguard.report.PlannedFixes;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.TableRef;
import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Every format on one fixed report, compared with files under {@code src/test/resources/golden/migration/}.
 * Regenerate them after an intended change with {@code -Dfkguard.golden.update=true} and review the diff.
 */
class MigrationWriterGoldenTest {

    private static final Path GOLDEN = Path.of("src/test/resources/golden/migration");
    private static final TableRef ORDERS = TableRef.of("orders");
    private static final TableRef ITEMS = TableRef.of("order_items");
    private static final TableRef CUSTOMERS = TableRef.of("customers");
    private static final TableRef PRODUCTS = TableRef.of("products");

    /** One finding of each fixable kind, listed out of run order on purpose. */
    static Report report(DatabaseKind kind) {
        ForeignKey missing = key(Optional.empty(), ORDERS, "customer_id", CUSTOMERS, ReferentialAction.NO_ACTION);
        ForeignKey restrict = key(Optional.of("fk_items_order"), ITEMS, "order_id", ORDERS, ReferentialAction.RESTRICT);
        ForeignKey cascade = key(Optional.of("fk_items_order"), ITEMS, "order_id", ORDERS, ReferentialAction.CASCADE);
        ForeignKey stale = key(Optional.of("fk_stale"), ORDERS, "legacy_id", CUSTOMERS, ReferentialAction.NO_ACTION);
        ColumnType bigint = ColumnType.of("BIGINT");
        ColumnType integer = ColumnType.of(kind == DatabaseKind.POSTGRESQL ? "INTEGER" : "INT");
        ColumnType unsignedBigint = new ColumnType("BIGINT", OptionalInt.empty(), OptionalInt.empty(),
                OptionalInt.empty(), true, Optional.empty(), Optional.empty());
        List<Finding> findings = List.of(
                finding("missing-foreign-key", missing, new Remedy.AddForeignKey(missing, "fk_orders_customer")),
                finding("delete-rule-mismatch", cascade, new Remedy.ReplaceForeignKey(restrict, cascade)),
                finding("unexpected-foreign-key", stale, new Remedy.DropForeignKey(stale)),
                finding("column-type-mismatch", missing, new Remedy.ChangeColumnType(ORDERS, "customer_id", bigint,
                        false, Optional.of(kind.isMySqlFamily() ? unsignedBigint : integer))),
                finding("column-type-mismatch", restrict, new Remedy.ChangeColumnType(ITEMS, "product_id", integer,
                        true, Optional.of(bigint))),
                finding("missing-foreign-key-index", restrict,
                        new Remedy.CreateIndex(ITEMS, List.of("order_id"), "ix_order_items_order")),
                finding("set-null-on-required-column", restrict, new Remedy.DropNotNull(ITEMS, "note", bigint)));
        List<Finding> withEngine = kind.isMySqlFamily()
                ? concat(findings, finding("foreign-key-not-enforced", missing, new Remedy.ChangeEngine(PRODUCTS, "InnoDB")))
                : concat(findings, finding("foreign-key-not-enforced", restrict, new Remedy.ValidateConstraint(
                        key(Optional.of("fk_items_product"), ITEMS, "product_id", PRODUCTS, ReferentialAction.NO_ACTION))));
        return new Report(new DatabaseInfo(kind, "test", List.of("shop")), 4, withEngine);
    }

    @Test
    void postgresqlSqlScript() throws IOException {
        assertGolden("postgresql.sql", only(render(DatabaseKind.POSTGRESQL, MigrationFormat.SQL)));
    }

    @Test
    void mysqlSqlScript() throws IOException {
        assertGolden("mysql.sql", only(render(DatabaseKind.MYSQL, MigrationFormat.SQL)));
    }

    @Test
    void h2SqlScript() throws IOException {
        assertGolden("h2.sql", only(render(DatabaseKind.H2, MigrationFormat.SQL)));
    }

    /** Flyway's PostgreSQL lock holds a transaction open while it migrates: the index is built inside its own. */
    @Test
    void flywayOnPostgreSqlIsOneTransactionalFileWithAPlainIndex() throws IOException {
        List<MigrationFile> files = render(DatabaseKind.POSTGRESQL, MigrationFormat.FLYWAY);
        assertEquals(List.of("V7__fkguard.sql"), files.stream().map(MigrationFile::fileName).toList());
        assertGolden("flyway-postgresql.sql", files.stream()
                .map(f -> "==> " + f.fileName() + "\n" + f.content()).collect(Collectors.joining("\n")));
    }

    @Test
    void flywayOnMySqlIsOneFile() throws IOException {
        List<MigrationFile> files = render(DatabaseKind.MYSQL, MigrationFormat.FLYWAY);
        assertEquals(List.of("V7__fkguard.sql"), files.stream().map(MigrationFile::fileName).toList());
        assertEquals(only(render(DatabaseKind.MYSQL, MigrationFormat.SQL)).replace(
                "", ""), files.get(0).content(), "the same statements as the plain script");
    }

    @Test
    void liquibaseYaml() throws IOException {
        assertGolden("mysql-changelog.yaml", only(render(DatabaseKind.MYSQL, MigrationFormat.LIQUIBASE_YAML)));
        assertGolden("postgresql-changelog.yaml", only(render(DatabaseKind.POSTGRESQL,
                MigrationFormat.LIQUIBASE_YAML)));
    }

    @Test
    void liquibaseXml() throws IOException {
        assertGolden("mysql-changelog.xml", only(render(DatabaseKind.MYSQL, MigrationFormat.LIQUIBASE_XML)));
        assertGolden("postgresql-changelog.xml", only(render(DatabaseKind.POSTGRESQL,
                MigrationFormat.LIQUIBASE_XML)));
    }

    /**
     * A change left out for each reason: every format lists them under one heading, each statement with its reason's
     * label and its own explanation beside it, the reasons in one order.
     */
    @Test
    void everyFormatListsLeftOutChangesInOneShapeEachWithItsReason() {
        DatabaseInfo database = new DatabaseInfo(DatabaseKind.MYSQL, "test", List.of("shop"));
        ForeignKey stale = key(Optional.of("fk_stale"), ORDERS, "legacy_id", CUSTOMERS, ReferentialAction.NO_ACTION);
        Remedy index = new Remedy.CreateIndex(ITEMS, List.of("order_id"), "ix_order_items_order");
        List<MigrationPlan.LeftOut> leftOut = List.of(
                new MigrationPlan.LeftOut(new Remedy.ChangeColumnType(ITEMS, "product_id", ColumnType.of("INT"), true,
                        Optional.of(ColumnType.of("BIGINT"))), "ALTER TABLE order_items MODIFY COLUMN product_id INT NULL;",
                        "would narrow it", dev.fkguard.ddl.PlannedRemedies.Reason.NARROWS_COLUMN),
                new MigrationPlan.LeftOut(new Remedy.DropForeignKey(stale), "ALTER TABLE orders DROP FOREIGN KEY fk_stale;",
                        "would weaken it", dev.fkguard.ddl.PlannedRemedies.Reason.WEAKENS_DATABASE),
                new MigrationPlan.LeftOut(new Remedy.DropNotNull(ITEMS, "note", ColumnType.of("BIGINT")),
                        "ALTER TABLE order_items MODIFY COLUMN note BIGINT NULL;", "needs something first"));
        MigrationPlan plan = new MigrationPlan(database, List.of(new MigrationPlan.Step(index,
                MigrationPlan.renderer(database).statements(index))), leftOut);
        List<String> lines = List.of(
                "ALTER TABLE order_items MODIFY COLUMN note BIGINT NULL;#not possible as it stands: needs something first",
                "ALTER TABLE orders DROP FOREIGN KEY fk_stale;#keep the database as it is: would weaken it",
                "ALTER TABLE order_items MODIFY COLUMN product_id INT NULL;#not needed: would narrow it");
        assertEquals(lines.stream().map(l -> l.substring(l.indexOf('#') + 1)).toList(),
                plan.leftOutForReview().stream().map(MigrationPlan.LeftOut::why).toList());
        for (MigrationFormat format : MigrationFormat.values()) {
            String text = new MigrationWriter("7").render(plan, format).stream().map(MigrationFile::content)
                    .collect(Collectors.joining());
            String heading = "Left out: this migration does not run these; each says why.";
            assertEquals(1, text.split(java.util.regex.Pattern.quote(heading), -1).length - 1, format + "\n" + text);
            boolean sql = format == MigrationFormat.SQL || format == MigrationFormat.FLYWAY;
            String expected = lines.stream().map(l -> sql
                            ? "--   " + l.replace("#", "\n--     ") + "\n"
                            : " " + l.replace("#", " (") + ")")
                    .collect(Collectors.joining("", sql ? "-- " + heading + "\n" : " " + heading, ""));
            assertTrue(text.contains(expected), format + ": expected\n" + expected + "\nin\n" + text);
        }
    }

    @Test
    void aReportWithoutRemediesWritesNothing(@TempDir Path dir) {
        Report clean = new Report(new DatabaseInfo(DatabaseKind.H2, "test", List.of()), 0, List.of());
        assertEquals(List.of(), new MigrationWriter("1").write(PlannedFixes.of(clean).plan(), MigrationFormat.SQL, dir));
    }

    @Test
    void writesFilesIntoTheDirectory(@TempDir Path dir) throws IOException {
        List<Path> written = new MigrationWriter("7").write(PlannedFixes.of(report(DatabaseKind.MYSQL)).plan(), MigrationFormat.LIQUIBASE_XML,
                dir.resolve("out"));
        assertEquals(List.of(dir.resolve("out").resolve("fkguard-changelog-7.xml")), written);
        assertTrue(Files.readString(written.get(0)).contains("<addForeignKeyConstraint baseTableName=\"orders\""));
    }

    @Test
    void theDefaultVersionIsATimestampAndBadVersionsAreRefused() {
        assertTrue(new MigrationWriter().version().matches("\\d{14}"), new MigrationWriter().version());
        assertThrows(IllegalArgumentException.class, () -> new MigrationWriter("v1"));
        assertEquals(Optional.of(MigrationFormat.LIQUIBASE_YAML), MigrationFormat.fromLabel("liquibase"));
        assertEquals(Optional.empty(), MigrationFormat.fromLabel("csv"));
    }

    @Test
    void duplicateRemediesRunOnce() {
        Report report = report(DatabaseKind.H2);
        Report doubled = new Report(report.database(), 4, concat(report.findings(), report.findings().get(0)));
        assertEquals(PlannedFixes.of(report).plan().statements(), PlannedFixes.of(doubled).plan().statements());
    }

    private static List<MigrationFile> render(DatabaseKind kind, MigrationFormat format) {
        return new MigrationWriter("7").render(PlannedFixes.of(report(kind)).plan(), format);
    }

    private static String only(List<MigrationFile> files) {
        assertEquals(1, files.size(), () -> files.stream().map(MigrationFile::fileName).toList().toString());
        return files.get(0).content();
    }

    private static void assertGolden(String name, String actual) throws IOException {
        if (Boolean.getBoolean("fkguard.golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(GOLDEN.resolve(name), actual, StandardCharsets.UTF_8);
            return;
        }
        // From the classpath: the Hibernate 7 module runs these tests from the test-jar, in another directory.
        try (var in = MigrationWriterGoldenTest.class.getResourceAsStream("/golden/migration/" + name)) {
            assertTrue(in != null, "missing golden file " + name + "; run with -Dfkguard.golden.update=true");
            assertEquals(new String(in.readAllBytes(), StandardCharsets.UTF_8), actual, name);
        }
    }

    private static ForeignKey key(Optional<String> name, TableRef table, String column, TableRef target,
                                  ReferentialAction onDelete) {
        return new ForeignKey(name, table, List.of(column), target, List.of("id"), onDelete,
                ReferentialAction.NO_ACTION, false, true, true);
    }

    private static Finding finding(String rule, ForeignKey where, Remedy remedy) {
        return new Finding(RuleId.of(rule), Severity.ERROR, Finding.Location.of(where), "drift", "fix",
                List.of(remedy));
    }

    private static List<Finding> concat(List<Finding> findings, Finding more) {
        return java.util.stream.Stream.concat(findings.stream(), java.util.stream.Stream.of(more)).toList();
    }
}
