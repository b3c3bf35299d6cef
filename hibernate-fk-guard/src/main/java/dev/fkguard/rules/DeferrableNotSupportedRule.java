package dev.fkguard.rules;

import dev.fkguard.model.ForeignKey;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * MySQL and MariaDB have no {@code DEFERRABLE}: InnoDB checks every key row by row, immediately. A schema that
 * only works with deferred checks therefore cannot be filled there. The catalog never reports a deferrable key on
 * those engines, so the rule looks for what needs one: two mapped tables that reference each other through keys
 * whose columns are all NOT NULL. A row of either table needs the other's row first, so neither can be inserted
 * (short of {@code SET foreign_key_checks = 0}). Each pair is reported once, at the alphabetically first table.
 *
 * <p>Longer cycles are left to {@code circular-foreign-keys}, which finds every cycle; a self-reference is left
 * out because InnoDB accepts a row that references itself. On PostgreSQL and H2 the rule is quiet: there a
 * {@code DEFERRABLE INITIALLY DEFERRED} key solves it, and {@code circular-foreign-keys} says so.
 */
public final class DeferrableNotSupportedRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("deferrable-not-supported");

    public DeferrableNotSupportedRule() {
        super(ID, Severity.INFO,
                "On MySQL/MariaDB, two tables reference each other through NOT NULL keys: without DEFERRABLE no row"
                    + " can be inserted.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        if (!context.database().database().kind().isMySqlFamily()) {
            return List.of();
        }
        List<ForeignKey> required = context.database().foreignKeys().stream()
                .filter(key -> context.mapping().maps(key.table()))
                .filter(key -> !key.table().equals(key.targetTable()))
                .filter(key -> allNotNull(context, key))
                .toList();
        List<Finding> findings = new ArrayList<>();
        Set<String> reported = new HashSet<>();
        for (ForeignKey there : required) {
            for (ForeignKey back : required) {
                if (there.table().equals(back.targetTable()) && there.targetTable().equals(back.table())
                        && there.table().compareTo(back.table()) < 0
                        && reported.add(there.table().key() + "|" + back.table().key())) {
                    findings.add(finding(context, there, back));
                }
            }
        }
        return findings;
    }

    private Finding finding(RuleContext context, ForeignKey there, ForeignKey back) {
        Finding.Location first = context.locationOf(there);
        Finding.Location second = context.locationOf(back);
        String message = first.describe() + " and " + second.describe() + " are both NOT NULL: each row needs the"
                + " other table's row to exist first. " + context.database().database().kind().displayName()
                + " has no DEFERRABLE constraints and checks every key per row immediately, so neither row can"
                + " be inserted (short of SET foreign_key_checks = 0).";
        String fix = "make one side nullable (insert it with NULL, then update it once the other row exists), or"
                + " drop one of the two keys; DEFERRABLE INITIALLY DEFERRED, the PostgreSQL answer, does not"
                + " exist here.";
        return new Finding(ID, defaultSeverity(), first, message, fix);
    }

    private static boolean allNotNull(RuleContext context, ForeignKey key) {
        return key.columns().stream().allMatch(name -> context.column(key.table(), name)
                .map(column -> !column.nullable()).orElse(false));
    }
}
