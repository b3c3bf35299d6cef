package dev.fkguard.rules;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.ForeignKeyMatch;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A suggestion, off by default: the parent maps its children with {@code cascade = REMOVE} / {@code orphanRemoval},
 * and the database key refuses deletes (RESTRICT, NO ACTION). That is how most JPA models work — Hibernate deletes
 * the children one by one before the parent, and nothing fails — so it is no drift; only deletes outside Hibernate
 * (SQL, bulk HQL) are refused, which is often what the key is there for. Switched on
 * ({@code hibernate.fkguard.rules.cascade-remove-without-on-delete=info}), it suggests letting the database cascade
 * too. Collection tables are left out: Hibernate empties them itself, so nobody wrote a cascade there.
 */
public final class CascadeRemoveWithoutOnDeleteRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("cascade-remove-without-on-delete");

    private static final Set<AssociationKind> COLLECTION_TABLES =
            Set.of(AssociationKind.JOIN_TABLE, AssociationKind.ELEMENT_COLLECTION);

    public CascadeRemoveWithoutOnDeleteRule() {
        super(ID, Severity.INFO, "cascade = REMOVE / orphanRemoval over a key that refuses deletes: Hibernate"
                + " deletes the children itself; the database could cascade too (suggestion, off by default).",
                false);
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return findings(context.matches().matched(), match -> finding(context, match));
    }

    private Optional<Finding> finding(RuleContext context, ForeignKeyMatch match) {
        MappingIntent intent = match.expected().intent();
        ForeignKey actual = match.actual();
        boolean declared = intent.onDelete().filter(a -> a != ReferentialAction.NO_ACTION).isPresent();
        boolean ormCascades = intent.cascadeRemove() || intent.orphanRemoval();
        if (declared || !ormCascades || !actual.onDelete().refusesDelete()
                || COLLECTION_TABLES.contains(intent.kind())) {
            return Optional.empty();
        }
        ForeignKey wanted = ReplacementKeys.of(actual, match.expected().key(), ReferentialAction.CASCADE,
                actual.onUpdate());
        Remedy replace = new Remedy.ReplaceForeignKey(actual, wanted);
        String message = "DB rule " + actual.onDelete() + ", mapping " + ormCascadeText(intent) + " without"
                + " @OnDelete; Hibernate deletes the children one by one before the parent, which works, but a delete"
                + " outside Hibernate (SQL, a bulk HQL delete) is refused by the key.";
        String fix = "if the database should delete them too, add @OnDelete(action = OnDeleteAction.CASCADE) to "
                + intent.source() + " and " + context.remedyText().describe(replace)
                + ". Otherwise leave it: the key then refuses deletes that skip the children.";
        return Optional.of(new Finding(ID, defaultSeverity(), Finding.Location.of(match.expected().key()), message,
                fix, List.of(replace)));
    }

    private static String ormCascadeText(MappingIntent intent) {
        if (intent.cascadeRemove() && intent.orphanRemoval()) {
            return "cascade = REMOVE and orphanRemoval";
        }
        return intent.cascadeRemove() ? "cascade = REMOVE" : "orphanRemoval";
    }
}
