package dev.fkguard;

import dev.fkguard.policy.FailureMessage;
import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.PlannedFixes;
import dev.fkguard.report.Report;

import java.nio.file.Path;
import java.util.List;

/**
 * The text shown when drift stops an application or fails a test, in one place so both read the same: the
 * findings as {@link ConsoleReport} prints them and the start of the migration, then how to proceed.
 *
 * @param findings the console report
 * @param howToProceed what the user can do: fix, start anyway, or tune one rule
 */
public record DriftFailure(String findings, String howToProceed) {

    public static DriftFailure of(Report report, FkGuardSettings settings) {
        return of(report, settings, List.of());
    }

    /** @param writtenMigration the files the startup check wrote the migration to, named in the message */
    public static DriftFailure of(Report report, FkGuardSettings settings, List<Path> writtenMigration) {
        return of(report, PlannedFixes.of(report), settings, writtenMigration);
    }

    /** @param fixes the check's one plan of {@code report}, which the reports and the migration files render too */
    public static DriftFailure of(Report report, PlannedFixes fixes, FkGuardSettings settings,
                                  List<Path> writtenMigration) {
        return of(report, fixes, settings, writtenMigration, SettingSpelling.STARTUP);
    }

    /**
     * As at startup, the settings named as {@code spelling} writes them: the Maven plugin's and the command line's
     * failures name what their users type.
     */
    public static DriftFailure of(Report report, PlannedFixes fixes, FkGuardSettings settings,
                                  List<Path> writtenMigration, SettingSpelling spelling) {
        return new DriftFailure(findings(report, fixes, settings, writtenMigration, spelling),
                "hibernate-fk-guard fails when a finding is at least " + settings.failOn().label() + " ("
                        + spelling.key(FkGuardSettings.FAIL_ON) + ") and "
                        + spelling.assignment(FkGuardSettings.MODE, "fail") + " (the default). "
                        + fixOrAccept(spelling) + "; " + spelling.anyway() + " "
                        + spelling.assignment(FkGuardSettings.MODE, "warn") + ", or adjust one rule with "
                        + spelling.assignment(FkGuardSettings.RULES + "<rule-id>", "warning|info|off") + ".");
    }

    /**
     * The failure of {@code assertNoDrift}: the same findings, and how to relax the assertion. A test does not start
     * an application, so {@code mode=warn} is no advice there (an assertion always fails on drift).
     */
    public static DriftFailure ofAssertion(Report report, FkGuardSettings settings) {
        SettingSpelling startup = SettingSpelling.STARTUP;
        return new DriftFailure(findings(report, PlannedFixes.of(report), settings, List.of(), startup),
                "assertNoDrift fails when a finding is at least " + settings.failOn().label() + " ("
                        + FkGuardSettings.FAIL_ON + "). " + fixOrAccept(startup) + ". To relax the assertion, pass it"
                        + " settings that lower one rule: assertNoDrift(…, Map.of(\"" + FkGuardSettings.RULES
                        + "<rule-id>\", \"warning\")) (or info, off), or " + FkGuardSettings.FAIL_ON + "=error where"
                        + " a lower severity fails.");
    }

    /** Both failures name the two ways to accept a finding the schema change does not fix. */
    private static String fixOrAccept(SettingSpelling spelling) {
        return "Fix the database or the mapping as shown (the migration carries the database changes). A finding that"
                + " stays on purpose is accepted with @FkGuardSuppress(rules = \"<rule-id>\", reason = \"…\") on the"
                + " entity attribute it names, or by the baseline file (" + spelling.key(FkGuardSettings.BASELINE)
                + "; " + spelling.assignment(FkGuardSettings.BASELINE_WRITE, "true") + " writes it from the current"
                + " findings)";
    }

    private static String findings(Report report, PlannedFixes fixes, FkGuardSettings settings,
                                   List<Path> writtenMigration, SettingSpelling spelling) {
        return new ConsoleReport().render(report, fixes)
                + MigrationPreview.of(fixes.plan(), settings, writtenMigration, spelling);
    }

    /** Whether {@code report} has a finding severe enough to fail under {@code settings}. */
    public static boolean fails(Report report, FkGuardSettings settings) {
        return report.hasFindingsAtLeast(settings.failOn());
    }

    /** The message of the startup failure and the failed assertion alike. */
    public String message() {
        return codedFindings() + "\n" + howToProceed;
    }

    /** The findings as a failure: {@code hibernate-fk-guard [drift]: 2 findings …}, where the log has none. */
    public String codedFindings() {
        String plain = "hibernate-fk-guard: ";
        return FkGuardException.prefix(FkGuardException.Code.DRIFT)
                + (findings.startsWith(plain) ? findings.substring(plain.length()) : findings);
    }

    public FkGuardDriftException toException() {
        return new FkGuardDriftException(this);
    }

    /**
     * The exception, its message as {@code failureMessage} asks: under {@link FailureMessage#SUMMARY} the findings'
     * first line and where the rest is, for frameworks that log the message before showing the findings themselves.
     */
    public FkGuardDriftException toException(FailureMessage failureMessage) {
        if (failureMessage == FailureMessage.FULL) {
            return toException();
        }
        String coded = codedFindings();
        int lineEnd = coded.indexOf('\n');
        String headline = (lineEnd < 0 ? coded : coded.substring(0, lineEnd)).strip();
        // The console report's first line introduces the list of findings with a colon; here no list follows.
        headline = headline.endsWith(":") ? headline.substring(0, headline.length() - 1) + "." : headline;
        return new FkGuardDriftException(this, headline + "\nThe findings and how to proceed are in the failure"
                + " analysis (" + FkGuardSettings.FAILURE_MESSAGE + "=" + failureMessage.label() + ").");
    }
}
