package dev.fkguard.rules;

import dev.fkguard.model.PolymorphicAssociation;
import dev.fkguard.rule.AbstractRule;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every {@code @Any} and {@code @ManyToAny} of the mapping. The mapping says on purpose, with a discriminator, that the
 * reference points into several tables; Hibernate expects no foreign key and creates none, and no key could hold
 * one. Nothing is wrong with the mapping as written, but nothing guards the reference: said once per association, at
 * INFO. The unmapped look-alike (a {@code <x>_type} + {@code <x>_id} pair in the database only) is a guess about a
 * reference nobody declared, and stays {@code polymorphic-association}'s WARNING.
 */
public final class AnyAssociationRule extends AbstractRule {

    public static final RuleId ID = RuleId.of("any-association");

    /**
     * Until the split the mapped {@code @Any} was reported as {@code polymorphic-association}: a suppression or a
     * baseline entry naming that id at the association still accepts its finding.
     */
    public static final RuleId FORMER_ID = PolymorphicAssociationRule.ID;

    public AnyAssociationRule() {
        super(ID, Severity.INFO, "@Any/@ManyToAny: a reference into several tables, which no foreign key can guard.");
    }

    @Override
    public List<Finding> check(RuleContext context) {
        return context.mapping().polymorphicAssociations().stream().map(this::finding).toList();
    }

    private Finding finding(PolymorphicAssociation association) {
        return new Finding(ID, defaultSeverity(), location(association), "mapping " + association.source() + " ("
                + association.kind() + ") stores a type and an id in " + parts(association) + "; no foreign key"
                + " can reference several tables, so the database never checks that the target exists and deleting"
                + " a target leaves dangling references.", PolymorphicAssociationRule.FIX);
    }

    /** The columns by name, formulas as such: {@code target_type + target_id}, {@code formula (…) + target_id}. */
    private static String parts(PolymorphicAssociation association) {
        List<String> parts = new ArrayList<>(association.columns());
        association.formulas().forEach(formula -> parts.add("formula (" + formula.strip() + ")"));
        return String.join(" + ", parts);
    }

    private static Finding.Location location(PolymorphicAssociation association) {
        return new Finding.Location(association.table(), association.columns(), Optional.empty(), List.of());
    }
}
