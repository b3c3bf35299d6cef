package dev.fkguard.report;

import dev.fkguard.rule.Finding;

import java.util.ArrayList;
import java.util.List;

/**
 * A finding's fix as every report prints it: the rule's words, then what the migration does about each change it
 * asks for (the statements it runs, the change that covers it, or why it is left out), then, where the migration does
 * not fix it, how to accept it; last, where the rule's documentation is.
 */
final class FixText {

    /** How the last line, the rule's documentation, begins. */
    static final String DOCS = "Rule docs: ";

    private FixText() {
    }

    /** The lines after the rule's words, each a sentence: {@code Migration: ALTER TABLE …;}, {@code Left out …}. */
    static List<String> planLines(PlannedFixes fixes, Finding finding) {
        List<String> lines = new ArrayList<>();
        List<String> statements = fixes.statements(finding);
        if (!statements.isEmpty()) {
            lines.add("Migration: " + String.join(" ", statements));
        }
        for (PlannedFixes.PlannedRemedy remedy : fixes.of(finding)) {
            remedy.coveredBy().ifPresent(by -> lines.add("Covered in the migration by: " + by + "."));
            remedy.prerequisite().ifPresent(why -> lines.add("Left out of the migration: " + why));
        }
        fixes.acceptance(finding).ifPresent(text -> lines.add("Not fixed by the migration: " + text));
        RuleDocs.publishedLink(finding.rule()).ifPresent(link -> lines.add(DOCS + link));
        return lines.stream().distinct().toList();
    }

    /** The rule's fix and the plan's lines on one line, for the console and the startup message. */
    static String oneLine(PlannedFixes fixes, Finding finding) {
        List<String> parts = new ArrayList<>();
        parts.add(fixes.fix(finding));
        parts.addAll(planLines(fixes, finding));
        return String.join(" ", parts);
    }
}
