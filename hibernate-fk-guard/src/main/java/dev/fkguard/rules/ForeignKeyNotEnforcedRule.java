package dev.fkguard.rules;

import dev.fkguard.model.English;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Foreign keys that exist on paper but guard nothing:
 * <ul>
 *   <li>MySQL/MariaDB tables whose storage engine ignores foreign keys (MyISAM, Aria, MEMORY …) — MyISAM does not
 *       even keep the definition, so those keys also show as missing; the engine is the root cause;</li>
 *   <li>PostgreSQL {@code NOT VALID} keys, whose existing rows were never checked;</li>
 *   <li>PostgreSQL 18 {@code NOT ENFORCED} keys;</li>
 *   <li>MySQL/MariaDB with the global {@code foreign_key_checks} off: every new session enforces no key at all.</li>
 * </ul>
 */
public final class ForeignKeyNotEnforcedRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("foreign-key-not-enforced");

    /**
     * Where the global setting is reported: it belongs to no table, and a name that cannot clash with a table keeps
     * it apart (and sorts it first) in the report.
     */
    public static final TableRef SERVER_SETTING = TableRef.of("@@GLOBAL.foreign_key_checks");

    /** The MySQL/MariaDB storage engines that enforce foreign keys; the catalog reader knows the same list. */
    private static final Set<String> FK_ENGINES = Set.of("innodb", "ndb", "ndbcluster");

    public ForeignKeyNotEnforcedRule() {
        super(ID, Severity.ERROR,
                "Foreign keys that guard nothing: MyISAM/Aria/MEMORY tables, NOT VALID or NOT ENFORCED keys, foreign_key_checks = 0.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        List<ExpectedForeignKey> wanted = context.mapping().foreignKeys().stream()
                .filter(expected -> expected.intent().constraintWanted())
                .toList();
        List<Finding> findings = new ArrayList<>();
        if (context.database().database().kind().isMySqlFamily()) {
            if (!context.database().database().foreignKeyChecks() && !wanted.isEmpty()) {
                findings.add(globalChecksOff(wanted.size()));
            }
            findings.addAll(engineFindings(context, wanted));
        } else {
            context.database().foreignKeys().stream()
                    .filter(key -> context.mapping().maps(key.table()))
                    .forEach(key -> keyFinding(context, key).ifPresent(findings::add));
        }
        return findings;
    }

    private Finding globalChecksOff(int keys) {
        String message = "the server's global foreign_key_checks is 0, so every new connection (including the"
                + " application's) enforces none of the foreign keys the mapping relies on ("
                + English.plural(keys, "mapped foreign key") + "); rows can"
                + " point at parents that do not exist. Usually left over from a bulk load or restore.";
        String fix = "SET GLOBAL foreign_key_checks = 1; (and remove it from the server configuration if it is set"
                + " there), then look for orphaned rows written meanwhile.";
        return new Finding(ID, defaultSeverity(), new Finding.Location(SERVER_SETTING, List.of(), Optional.empty(),
                List.of()), message, fix);
    }

    private List<Finding> engineFindings(RuleContext context, List<ExpectedForeignKey> wanted) {
        // Each table once, in the mapping's spelling, with the keys it takes part in (as child or as parent).
        Map<TableRef, List<ExpectedForeignKey>> byTable = new TreeMap<>();
        for (ExpectedForeignKey expected : wanted) {
            byTable.computeIfAbsent(expected.key().table(), t -> new ArrayList<>()).add(expected);
            if (!expected.key().targetTable().equals(expected.key().table())) {
                byTable.computeIfAbsent(expected.key().targetTable(), t -> new ArrayList<>()).add(expected);
            }
        }
        List<Finding> findings = new ArrayList<>();
        byTable.forEach((ref, keys) -> context.table(ref)
                .flatMap(Table::engine)
                .filter(engine -> !FK_ENGINES.contains(engine.toLowerCase(Locale.ROOT)))
                .ifPresent(engine -> findings.add(engineFinding(context, ref, engine, keys))));
        return findings;
    }

    private Finding engineFinding(RuleContext context, TableRef table, String engine, List<ExpectedForeignKey> keys) {
        String relations = keys.stream().map(k -> k.key().describe()).collect(Collectors.joining(", "));
        String message = "table " + table.name() + " uses storage engine " + engine + ", which ignores foreign keys"
                + " (MyISAM does not even keep their definitions, so they are also reported missing): nothing"
                + " guards " + relations + ".";
        Remedy change = new Remedy.ChangeEngine(table, "InnoDB");
        String fix = "move the table to InnoDB (check orphaned rows first; tables on both sides of a key must be"
                + " InnoDB): " + context.remedyText().describe(change) + ". Then add the missing foreign keys.";
        return new Finding(ID, defaultSeverity(), new Finding.Location(table, List.of(), Optional.empty(), List.of()),
                message, fix, List.of(change));
    }

    private Optional<Finding> keyFinding(RuleContext context, ForeignKey key) {
        String name = key.name().orElse("(unnamed)");
        if (!key.enforced()) {
            Remedy enforce = new Remedy.EnforceConstraint(key);
            return Optional.of(new Finding(ID, defaultSeverity(), context.locationOf(key),
                    "database constraint " + name + " is NOT ENFORCED: the database checks no row against it, so"
                    + " rows can point at parents that do not exist and its ON DELETE rule never runs.",
                    "check for orphaned rows, then enforce it (this also validates existing rows): "
                    + context.remedyText().describe(enforce) + ".", List.of(enforce)));
        }
        if (!key.validated()) {
            Remedy validate = new Remedy.ValidateConstraint(key);
            return Optional.of(new Finding(ID, defaultSeverity(), context.locationOf(key),
                    "database constraint " + name + " is NOT VALID: new rows are checked, but rows written before"
                    + " it was added never were and may point at parents that do not exist.",
                    "check for orphaned rows, then validate it (takes only a SHARE UPDATE EXCLUSIVE lock): "
                    + context.remedyText().describe(validate) + ".", List.of(validate)));
        }
        return Optional.empty();
    }
}
