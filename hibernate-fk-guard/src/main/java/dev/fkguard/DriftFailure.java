package dev.fkguard;

import dev.fkguard.report.ConsoleReport;
import dev.fkguard.report.Report;

/**
 * The text shown when drift stops an application or fails a test, in one place so both read the same: the
 * findings as {@link ConsoleReport} prints them, then how to proceed.
 *
 * @param findings the console report
 * @param howToProceed what the user can do: fix, start anyway, or tune one rule
 */
public record DriftFailure(String findings, String howToProceed) {

    public static DriftFailure of(Report report, FkGuardSettings settings) {
        return of(report, settings, "");
    }

    /** With {@code appendix} (e.g. the migration preview) printed right after the findings. */
    public static DriftFailure of(Report report, FkGuardSettings settings, String appendix) {
        return new DriftFailure(new ConsoleReport().render(report) + appendix,
                // Worded for both places it is read: a failed startup and a failed test.
                "hibernate-fk-guard fails when a finding is at least " + settings.failOn().label() + " ("
                        + FkGuardSettings.FAIL_ON + ") and " + FkGuardSettings.MODE + "=fail (the default). Fix the"
                        + " database or the mapping as shown; to start anyway set " + FkGuardSettings.MODE + "=warn,"
                        + " or adjust one rule with " + FkGuardSettings.RULES + "<rule-id>=warning|info|off.");
    }

    /** Whether {@code report} has a finding severe enough to fail under {@code settings}. */
    public static boolean fails(Report report, FkGuardSettings settings) {
        return report.hasFindingsAtLeast(settings.failOn());
    }

    public String message() {
        return findings + "\n" + howToProceed;
    }

    public FkGuardDriftException toException() {
        return new FkGuardDriftException(this);
    }
}
