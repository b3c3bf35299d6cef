package dev.fkguard.processor;

import java.util.List;
import java.util.Locale;
import javax.tools.Diagnostic;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Severity options, suppression and the handling of wrong options. */
class ProcessorOptionsTest {

    private static final String CHILD = Sources.app("""
            @Entity
            public class Child {
                @Id Long id;
                @ManyToOne(cascade = CascadeType.REMOVE) Parent parent;
                @ManyToOne(optional = false) @OnDelete(action = OnDeleteAction.SET_NULL) Parent owner;
            }
            """);

    @Test
    void optionsRaiseLowerAndSwitchOffRules() {
        ProcessorRun run = ProcessorRun.withGuard(
                List.of("-Afkguard.rules=cascade-remove-on-many-to-one=error, set-null-on-required-column=WARNING"),
                Sources.PARENT, CHILD);
        assertEquals(List.of(Diagnostic.Kind.ERROR, Diagnostic.Kind.WARNING),
                run.guardDiagnostics().stream().map(Diagnostic::getKind).toList(), ProcessorRun.describe(run.diagnostics()));
        assertFalse(run.succeeded());

        ProcessorRun off = ProcessorRun.withGuard(
                List.of("-Afkguard.rules=cascade-remove-on-many-to-one=off,set-null-on-required-column=off"),
                Sources.PARENT, CHILD);
        off.assertSucceeded();
        assertTrue(off.guardDiagnostics().isEmpty(), ProcessorRun.describe(off.diagnostics()));
    }

    @Test
    void anUnknownOptionIsACompileErrorNamingTheValidOnes() {
        ProcessorRun run = ProcessorRun.withGuard(List.of("-Afkguard.rule.on_delete_ignored=off"),
                Sources.PARENT);
        assertFalse(run.succeeded());
        Diagnostic<?> error = run.guardDiagnostics().get(0);
        assertEquals(Diagnostic.Kind.ERROR, error.getKind());
        assertEquals("[fkguard] unknown processor option -Afkguard.rule.on_delete_ignored; the only option is"
                + " -Afkguard.rules=<rule-id>=<level>[,<rule-id>=<level>...] with levels error, warning, off and rule"
                + " ids any-association, cascade-remove-on-many-to-one, on-delete-ignored,"
                + " orphan-removal-without-cascade, set-null-on-required-column, soft-delete-hard-cascade,"
                + " soft-deleted-collection-rows, unguarded-relation", error.getMessage(Locale.ROOT));
    }

    @Test
    void unknownRuleIdsAndLevelsAreCompileErrors() {
        ProcessorRun run = ProcessorRun.withGuard(
                List.of("-Afkguard.rules=no-such-rule=off,on-delete-ignored=loud"), Sources.PARENT);
        assertFalse(run.succeeded());
        assertEquals(List.of(
                "[fkguard] -Afkguard.rules: unknown rule id 'no-such-rule'; valid rule ids: any-association,"
                        + " cascade-remove-on-many-to-one, on-delete-ignored, orphan-removal-without-cascade,"
                        + " set-null-on-required-column, soft-delete-hard-cascade, soft-deleted-collection-rows,"
                        + " unguarded-relation",
                "[fkguard] -Afkguard.rules: 'on-delete-ignored=loud' needs a level, one of error, warning, off"),
                run.guardDiagnostics().stream().map(d -> d.getMessage(Locale.ROOT)).toList());
    }

    @Test
    void suppressionOnTheElementOrAnEnclosingTypeSilencesOnlyTheNamedRules() {
        String suppress = """
                package dev.fkguard;
                public @interface FkGuardSuppress {
                    String[] rules();
                    String reason();
                }
                """;
        ProcessorRun.withGuard(List.of(), suppress, Sources.PARENT, Sources.app("""
                @Entity
                public class Child {
                    @Id Long id;

                    @dev.fkguard.FkGuardSuppress(rules = "cascade-remove-on-many-to-one", reason = "legacy, see ADR-7")
                    @ManyToOne(cascade = CascadeType.REMOVE)
                    Parent parent;

                    @dev.fkguard.FkGuardSuppress(rules = "on-delete-ignored", reason = "wrong rule named")
                    // BUG: WARNING [cascade-remove-on-many-to-one] Child.other
                    @ManyToOne(cascade = CascadeType.REMOVE)
                    Parent other;
                }
                """), Sources.app("""
                @Entity
                @dev.fkguard.FkGuardSuppress(rules = {"polymorphic-association", "orphan-removal-without-cascade"},
                        reason = "audit trail points at any entity")
                public class Audit {
                    @Id Long id;
                    @Any @JoinColumn(name = "subject_id") Object subject;
                    @OneToMany(orphanRemoval = true) @JoinColumn(name = "audit_id") List<Parent> parents;
                }
                """)).assertMatchesMarkers();
    }
}
