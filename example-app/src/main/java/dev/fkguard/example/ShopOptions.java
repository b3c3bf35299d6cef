package dev.fkguard.example;

import dev.fkguard.migration.MigrationFormat;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the command line asked for.
 *
 * @param mode       the guard mode handed to Hibernate as {@code hibernate.fkguard.mode}
 * @param jdbcUrl    an external database to check instead of the embedded, drifted H2 shop
 * @param user       user for {@code jdbcUrl}
 * @param password   password for {@code jdbcUrl}
 * @param initSchema let Hibernate (re)create the shop tables in the external database first
 * @param help       print the usage and do nothing else
 * @param reportDir  where the guard writes its reports ({@code hibernate.fkguard.report-dir})
 * @param migrationFormat print the migration that fixes the drift, in this format
 * @param applyMigration  apply that migration to the embedded demo database, then check again
 * @param dataChecks      let the guard count orphaned rows ({@code hibernate.fkguard.data-checks=true})
 * @param bulkLoadDemo    embedded demo database only: load rows with the key checks off, then find the orphans
 */
public record ShopOptions(
        GuardMode mode,
        Optional<String> jdbcUrl,
        Optional<String> user,
        Optional<String> password,
        boolean initSchema,
        boolean help,
        Optional<Path> reportDir,
        Optional<MigrationFormat> migrationFormat,
        boolean applyMigration,
        boolean dataChecks,
        boolean bulkLoadDemo) {

    public static final String USAGE = """
            Usage: java -jar example-app.jar [options]

            Starts Hibernate on the e-commerce shop of the foreign-keys field manual and lets hibernate-fk-guard
            compare the entity mapping with the database's real foreign keys.

            Without --jdbc-url the shop runs on an in-memory H2 database created from db/shop-schema.sql, a
            schema that drifts from the mapping on purpose: the guard reports every drift.

              --mode fail|warn|off   guard mode (default: warn). fail: startup is refused, exit code 1.
              --jdbc-url URL         check an existing MySQL, MariaDB or PostgreSQL database instead.
                                     It is only read, never changed, unless --init-schema is given.
              --user NAME            database user for --jdbc-url
              --password SECRET      database password for --jdbc-url
              --init-schema          with --jdbc-url: DROP and recreate the shop tables from the mapping first
                                     (hibernate.hbm2ddl.auto=create); the guard then finds no drift.
              --report-dir DIR       write the guard's reports there: fkguard-report.txt, .json, .sarif,
                                     .md and .mmd (a Mermaid diagram of the foreign keys)
              --migration-format sql|flyway|liquibase|liquibase-xml
                                     print the migration that makes the database match the mapping
              --apply-migration      embedded demo database only: apply that migration, then check again
              --data-checks          also count rows whose parent does not exist (orphaned-rows), e.g. the
                                     order events the demo data keeps for a deleted order
                                     (hibernate.fkguard.data-checks=true; read-only SELECT COUNT queries)
              --bulk-load-demo       embedded demo database only: load order lines with the foreign key checks
                                     switched off, switch them back on, and let the data checks find the orphans
              --help                 print this text

            Exit codes: 0 started, 1 the guard refused startup, 2 usage or unexpected error.
            """;

    public ShopOptions {
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(jdbcUrl, "jdbcUrl");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(reportDir, "reportDir");
        Objects.requireNonNull(migrationFormat, "migrationFormat");
    }

    public ShopOptions(GuardMode mode, Optional<String> jdbcUrl, Optional<String> user, Optional<String> password,
                       boolean initSchema, boolean help) {
        this(mode, jdbcUrl, user, password, initSchema, help, Optional.empty(), Optional.empty(), false, false,
                false);
    }

    /** The run only prints or applies the migration; it does not start the application. */
    public boolean migrationOnly() {
        return migrationFormat.isPresent() || applyMigration;
    }

    public boolean usesEmbeddedDatabase() {
        return jdbcUrl.isEmpty();
    }

    /** Reads {@code --name value} and {@code --name=value}. */
    public static ShopOptions parse(List<String> args) throws UsageException {
        GuardMode mode = GuardMode.WARN;
        Optional<String> jdbcUrl = Optional.empty();
        Optional<String> user = Optional.empty();
        Optional<String> password = Optional.empty();
        boolean initSchema = false;
        boolean help = false;
        Optional<Path> reportDir = Optional.empty();
        Optional<MigrationFormat> migrationFormat = Optional.empty();
        boolean applyMigration = false;
        boolean dataChecks = false;
        boolean bulkLoadDemo = false;

        Deque<String> remaining = new ArrayDeque<>(args);
        while (!remaining.isEmpty()) {
            String arg = remaining.removeFirst();
            String name = arg;
            Optional<String> inlineValue = Optional.empty();
            int equals = arg.indexOf('=');
            if (arg.startsWith("--") && equals > 0) {
                name = arg.substring(0, equals);
                inlineValue = Optional.of(arg.substring(equals + 1));
            }
            switch (name) {
                case "--help", "-h" -> help = true;
                case "--init-schema" -> initSchema = true;
                case "--mode" -> {
                    String value = value(name, inlineValue, remaining);
                    mode = GuardMode.fromSettingValue(value).orElseThrow(() -> new UsageException(
                            "--mode must be one of " + GuardMode.choices() + ", not '" + value + "'"));
                }
                case "--jdbc-url" -> jdbcUrl = Optional.of(value(name, inlineValue, remaining));
                case "--user" -> user = Optional.of(value(name, inlineValue, remaining));
                case "--password" -> password = Optional.of(value(name, inlineValue, remaining));
                case "--report-dir" -> reportDir = Optional.of(Path.of(value(name, inlineValue, remaining)));
                case "--migration-format" -> {
                    String value = value(name, inlineValue, remaining);
                    migrationFormat = Optional.of(MigrationFormat.fromLabel(value).orElseThrow(() -> new UsageException(
                            "--migration-format must be one of " + MigrationFormat.validLabels() + ", not '" + value
                                    + "'")));
                }
                case "--apply-migration" -> applyMigration = true;
                case "--data-checks" -> dataChecks = true;
                case "--bulk-load-demo" -> bulkLoadDemo = true;
                default -> throw new UsageException("unknown option '" + arg + "'");
            }
        }
        if (jdbcUrl.isEmpty() && (initSchema || user.isPresent() || password.isPresent())) {
            throw new UsageException("--init-schema, --user and --password need --jdbc-url");
        }
        if (applyMigration && jdbcUrl.isPresent()) {
            throw new UsageException("--apply-migration changes only the embedded demo database; review the"
                    + " --migration-format output and run it with your own migration tool instead");
        }
        if (bulkLoadDemo && jdbcUrl.isPresent()) {
            throw new UsageException("--bulk-load-demo writes orphaned rows; it runs only on the embedded demo"
                    + " database");
        }
        if (bulkLoadDemo && (applyMigration || migrationFormat.isPresent())) {
            throw new UsageException("--bulk-load-demo cannot be combined with --migration-format or"
                    + " --apply-migration");
        }
        return new ShopOptions(mode, jdbcUrl, user, password, initSchema, help, reportDir, migrationFormat,
                applyMigration, dataChecks, bulkLoadDemo);
    }

    private static String value(String name, Optional<String> inlineValue, Deque<String> remaining)
            throws UsageException {
        if (inlineValue.isPresent()) {
            return inlineValue.get();
        }
        if (remaining.isEmpty() || remaining.peekFirst().startsWith("--")) {
            throw new UsageException(name + " needs a value");
        }
        return remaining.removeFirst();
    }
}
