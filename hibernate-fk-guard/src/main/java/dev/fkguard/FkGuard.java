package dev.fkguard;

import dev.fkguard.catalog.CatalogReader;
import dev.fkguard.data.OrphanCounter;
import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.NameNormalizer;
import dev.fkguard.model.NormalizedModels;
import dev.fkguard.model.OrphanCount;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.TableRef;
import dev.fkguard.model.TenantSchemas;
import dev.fkguard.policy.Baseline;
import dev.fkguard.policy.BaselineSetting;
import dev.fkguard.policy.ReportAssembler;
import dev.fkguard.report.CheckTimings;
import dev.fkguard.report.ForeignKeyGraph;
import dev.fkguard.report.Report;
import dev.fkguard.report.SourceLocator;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.rules.OrphanedRowsRule;
import org.hibernate.boot.Metadata;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * The guard's entry point: reads what the mapping implies and what the database has, runs every rule and applies
 * the severity policy. It only reads; it never changes the database it checks.
 */
public final class FkGuard {

    private final FkGuardSettings settings;
    private final List<Rule> rules;
    private final SettingSpelling spelling;

    public FkGuard(FkGuardSettings settings) {
        this(settings, BuiltInRules.all(settings.cascadeFanOut()));
    }

    public FkGuard(FkGuardSettings settings, List<Rule> rules) {
        this(settings, rules, SettingSpelling.STARTUP);
    }

    /** @param spelling how the settings its messages name are written where it runs (the build's, not startup's) */
    public FkGuard(FkGuardSettings settings, SettingSpelling spelling) {
        this(settings, BuiltInRules.all(settings.cascadeFanOut()), spelling);
    }

    private FkGuard(FkGuardSettings settings, List<Rule> rules, SettingSpelling spelling) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.rules = List.copyOf(rules);
        this.spelling = Objects.requireNonNull(spelling, "spelling");
    }

    /** Reads the mapping from Hibernate's boot metadata and the catalog over {@code connection}, then checks. */
    public Report check(Metadata metadata, Connection connection) {
        long start = System.nanoTime();
        MappingModel mapping = new MappingReader().read(metadata);
        Duration mappingRead = CheckTimings.since(start);
        return check(mapping, connection).withMappingRead(mappingRead);
    }

    /** Checks a mapping read before (e.g. captured at startup) against the catalog over {@code connection}. */
    public Report check(MappingModel mapping, Connection connection) {
        long start = System.nanoTime();
        SchemaModel read = new CatalogReader(Duration.ZERO, spelling)
                .read(connection, settings.schemas(), mapping.tables());
        if (read.database().hasTenants()) {
            return checkTenants(new TenantSchemas(mapping,
                    new NameNormalizer(read.database().names()).normalize(read)), connection, start,
                    SourceLocator.of(mapping, settings.sourceRoot(), spelling));
        }
        // Normalized once here; the data check, the rules and the report share the result.
        NormalizedModels models = NormalizedModels.of(mapping, read);
        requireVisibleTables(models.mapping(), models.database(), connection, spelling);
        List<OrphanCount> orphans = dataChecksRun()
                ? new OrphanCounter(settings.dataChecks()).count(models, connection)
                : List.of();
        Duration catalog = CheckTimings.since(start);
        long rulesStart = System.nanoTime();
        Report report = check(models, orphans, settings.baseline(),
                SourceLocator.of(models.mapping(), settings.sourceRoot(), spelling));
        return report.withTimings(new CheckTimings(Optional.empty(), catalog, CheckTimings.since(rulesStart)));
    }

    /**
     * Schema-per-tenant: the mapping is checked against every tenant schema, each check seeing that tenant's tables
     * and the shared ones, and the reports become one, each finding on its tenant's table. The rules run once per
     * group of tenants alike but for their schema ({@link TenantSchemas#byShape}) as long as they find nothing
     * there; a group with findings has every tenant checked. A baseline being written is written once, from every
     * tenant's findings.
     */
    private Report checkTenants(TenantSchemas tenants, Connection connection, long start, SourceLocator sources) {
        if (tenants.tenants().stream().noneMatch(t -> seesAny(tenants.mapping(t), tenants.database(t)))) {
            String first = tenants.tenants().get(0);
            requireVisibleTables(tenants.mapping(first), tenants.database(first), connection, spelling);
        }
        boolean writeBaseline = settings.baseline().filter(BaselineSetting::write).isPresent();
        boolean dataChecks = dataChecksRun();
        Map<String, Report> byTenant = new HashMap<>();
        Duration catalog = CheckTimings.since(start);
        Duration ruleTime = Duration.ZERO;
        // Tenants alike but for their schema have the same findings: the rules run for the first of each group,
        // and where it has none, the others have none either. Counted rows differ from tenant to tenant, so with the
        // data check every tenant is checked on its own.
        List<List<String>> groups = dataChecks ? tenants.tenants().stream().map(List::of).toList()
                : tenants.byShape();
        for (List<String> group : groups) {
            Report first = null;
            for (String tenant : group) {
                if (first != null && nothingFound(first)) {
                    byTenant.put(tenant, first.withGraph(ForeignKeyGraph.deferred(tenants.names(tenant), () -> {
                        NormalizedModels models = tenants.models(tenant);
                        return ForeignKeyGraph.of(models.mapping(), models.database(), sources);
                    })));
                    continue;
                }
                NormalizedModels models = tenants.models(tenant);
                long counting = System.nanoTime();
                List<OrphanCount> orphans = dataChecks
                        ? new OrphanCounter(settings.dataChecks()).count(models, connection) : List.of();
                catalog = catalog.plus(CheckTimings.since(counting));
                long checking = System.nanoTime();
                // The baseline applies once to all tenants' findings, below.
                Report report = check(models, orphans, Optional.empty(), sources);
                ruleTime = ruleTime.plus(CheckTimings.since(checking));
                byTenant.put(tenant, report);
                first = first == null ? report : first;
            }
        }
        List<Report> reports = tenants.tenants().stream().map(byTenant::get).toList();
        long merging = System.nanoTime();
        Report merged = spellingBaselineFailures(() -> withBaseline(TenantReports.merge(tenants, reports),
                writeBaseline));
        ruleTime = ruleTime.plus(CheckTimings.since(merging));
        return merged.withMigrationScope(settings.migrationScope())
                .withTimings(new CheckTimings(Optional.empty(), catalog, ruleTime));
    }

    /** Whether a tenant's report holds no finding, suppressed, baselined or other: what a tenant alike would get. */
    private static boolean nothingFound(Report report) {
        return report.findings().isEmpty() && report.suppressed().isEmpty() && report.baselined().isEmpty();
    }

    /** The baseline applied once to the merged tenants' report, or written from it. */
    private Report withBaseline(Report merged, boolean writeBaseline) {
        Report accepted = new ReportAssembler(settings.severities(), settings.baseline(),
                rules.stream().map(Rule::id).toList())
                .withBaseline(merged, rules.stream().filter(this::runs).map(Rule::id).collect(Collectors.toSet()));
        if (!writeBaseline) {
            return accepted;
        }
        Baseline.write(accepted.findings(), accepted.database().names(), settings.baseline().get().file());
        return new Report(accepted.database(), accepted.foreignKeysChecked(), List.of(), accepted.suppressed(),
                accepted.findings(), accepted.graph(), accepted.schema());
    }

    private static boolean seesAny(MappingModel mapping, SchemaModel database) {
        return mapping.tables().stream().anyMatch(t -> database.table(t).isPresent() || database.isView(t));
    }

    /**
     * MySQL and MariaDB hide from information_schema every table the user has no privilege on. Seeing none of the
     * mapped tables means a privilege or schema problem, not that every key is missing: say that, once.
     */
    private static void requireVisibleTables(MappingModel mapping, SchemaModel database, Connection connection,
                                             SettingSpelling spelling) {
        if (mapping.tables().isEmpty()
                || mapping.tables().stream().anyMatch(t -> database.table(t).isPresent() || database.isView(t))) {
            return;
        }
        String user = userName(connection);
        String schemas = database.database().schemas().isEmpty() ? "the current schema"
                : String.join(", ", database.database().schemas());
        List<String> names = mapping.tables().stream().map(FkGuard::qualified).limit(5).toList();
        DatabaseKind kind = database.database().kind();
        throw new FkGuardException(FkGuardException.Code.CATALOG_ACCESS, "sees none of the " + mapping.tables().size()
                + " mapped tables (" + String.join(", ", names) + (mapping.tables().size() > names.size() ? ", …" : "")
                + ") in " + kind.displayName() + " " + schemas + " as user " + user + ".",
                CatalogAccessHint.fix(kind, database.database().schemas(), expectedSchemas(mapping, database), user,
                        database.database().names(), connection, spelling));
    }

    /** The schemas the mapped tables resolve to on this engine (their own, else the default one), in stored form. */
    private static List<String> expectedSchemas(MappingModel mapping, SchemaModel database) {
        return mapping.tables().stream().map(t -> database.database().names().table(t).schemaName())
                .flatMap(Optional::stream).map(dev.fkguard.model.Name::stored).distinct().toList();
    }

    private static String qualified(TableRef table) {
        return table.schemaName().map(s -> s.stored() + ".").orElse("") + table.tableName().stored();
    }

    private static String userName(Connection connection) {
        try {
            return connection.getMetaData().getUserName();
        } catch (SQLException e) {
            return "(unknown user)";
        }
    }

    /**
     * A rule switched off (or off by default and not switched on), or the data check without data checks, neither
     * runs nor can a suppression rely on it.
     */
    private boolean runs(Rule rule) {
        return settings.severities().runs(rule)
                && (settings.dataChecks().enabled() || !rule.id().equals(OrphanedRowsRule.ID));
    }

    /** Whether the data check runs: it alone sends queries beyond the catalog's. */
    private boolean dataChecksRun() {
        return rules.stream().anyMatch(rule -> rule.id().equals(OrphanedRowsRule.ID) && runs(rule));
    }

    /** Checks two models already read; the rules need nothing else. */
    public Report check(MappingModel mapping, SchemaModel database) {
        return check(mapping, database, List.of());
    }

    /** Checks two models already read, with what the data check counted. */
    public Report check(MappingModel mapping, SchemaModel database, List<OrphanCount> orphanCounts) {
        return check(NormalizedModels.of(mapping, database), orphanCounts, settings.baseline(),
                SourceLocator.of(mapping, settings.sourceRoot(), spelling));
    }

    /** @param sources finds the entities' files when a report draws the graph (one for all tenants of a check) */
    private Report check(NormalizedModels models, List<OrphanCount> orphanCounts,
                         Optional<BaselineSetting> baseline, SourceLocator sources) {
        RuleContext context = new RuleContext(models, orphanCounts);
        MappingModel mapping = models.mapping();
        SchemaModel database = models.database();
        List<Rule> active = rules.stream().filter(this::runs).toList();
        List<Finding> findings = active.stream()
                .flatMap(rule -> rule.check(context).stream())
                .toList();
        return spellingBaselineFailures(() -> new ReportAssembler(settings.severities(), baseline,
                rules.stream().map(Rule::id).toList())
                .assemble(database.database(), mapping.foreignKeys().size(), findings, mapping.suppressions(),
                        active.stream().map(Rule::id).collect(Collectors.toSet())))
                .withGraph(ForeignKeyGraph.deferred(database.database().names(),
                        () -> ForeignKeyGraph.of(mapping, database, sources)))
                .withSchema(database)
                .withMigrationScope(settings.migrationScope());
    }

    /**
     * The baseline file's own failures (unreadable, not the guard's format, not writable) name its settings as
     * startup's keys; where the check runs they name them as the user writes them there (the plugin's
     * {@code -Dfkguard.baseline}, the command line's {@code --baseline}). Startup's are left as they are.
     */
    private Report spellingBaselineFailures(Supplier<Report> work) {
        try {
            return work.get();
        } catch (FkGuardException e) {
            if (e.code() != FkGuardException.Code.INVALID_BASELINE && e.code() != FkGuardException.Code.OUTPUT_WRITE) {
                throw e;
            }
            String problem = spelling.respell(e.problem());
            String fix = spelling.respell(e.fix());
            if (problem.equals(e.problem()) && fix.equals(e.fix())) {
                throw e;
            }
            throw new FkGuardException(e.code(), problem, fix, e.getCause());
        }
    }
}
