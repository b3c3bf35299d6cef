package dev.fkguard.rules;

import dev.fkguard.model.TableRef;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * An entity mapped to a database view ({@code @Immutable} on a view) or to a query ({@code @Subselect}): neither
 * has foreign keys, nor can a key reference one, so the relations of such an entity are not checked. Reported once
 * per view, at INFO, so that it is visible that nothing is checked there rather than reported as a missing table.
 */
public final class MappedViewRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("mapped-view");

    public MappedViewRule() {
        super(ID, Severity.INFO,
                "An entity is mapped to a view or a query: no foreign key can guard its relations.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        TreeSet<TableRef> views = new TreeSet<>();
        context.mapping().tables().stream().filter(context.database()::isView).forEach(views::add);
        TreeSet<TableRef> queries = new TreeSet<>(context.mapping().queries());
        return java.util.stream.Stream.concat(
                views.stream().map(view -> finding(view, "is a view in the database")),
                queries.stream().map(query -> finding(query, "is mapped to a query (@Subselect)")))
                .toList();
    }

    private Finding finding(TableRef table, String what) {
        return new Finding(ID, defaultSeverity(), new Finding.Location(table, List.of(), Optional.empty(), List.of()),
                table.name() + " " + what + ": it has no foreign keys and none can reference it, so its relations"
                        + " are not checked.",
                "nothing to change; guard the relations on the tables under the view, or suppress this with"
                        + " @FkGuardSuppress(rules = \"mapped-view\", reason = …).");
    }
}
