package dev.fkguard;

import java.util.regex.Matcher;

/**
 * How the user writes the guard's settings where the check runs, so that a message names what they can type. At
 * startup the settings are Hibernate properties ({@code hibernate.fkguard.mode=warn}); the Maven plugin and the
 * command line spell the same settings their own way ({@code -Dfkguard.mode=warn}, {@code --mode warn}) and pass
 * their spelling to {@link FkGuardSettings#fromProperties(java.util.Map, java.util.Collection, SettingSpelling)} and
 * {@link DriftFailure#of(dev.fkguard.report.Report, dev.fkguard.report.PlannedFixes, FkGuardSettings,
 * java.util.List, SettingSpelling)}.
 */
public interface SettingSpelling {

    /** The startup check's: the Hibernate properties themselves. */
    SettingSpelling STARTUP = new SettingSpelling() {
        @Override
        public String key(String key) {
            return key;
        }

        @Override
        public String stopped() {
            return "startup";
        }

        @Override
        public String anyway() {
            return "to start anyway set";
        }

        @Override
        public String runOnce() {
            return "starting once";
        }

        @Override
        public String respell(String text) {
            return text;
        }
    };

    /**
     * @param key a startup key, e.g. {@link FkGuardSettings#FAIL_ON}, or {@link FkGuardSettings#RULES} followed by a
     *            rule id or {@code <rule-id>}
     * @return how the user writes it, e.g. {@code hibernate.fkguard.fail-on}, {@code --fail-on}
     */
    String key(String key);

    /** The key given a value, e.g. {@code hibernate.fkguard.mode=warn}, {@code --mode warn}. */
    default String assignment(String key, String value) {
        return key(key) + "=" + value;
    }

    /**
     * {@code text} with every setting it names respelled as the user writes it here. Rules and the guard's findings
     * name a setting by its startup key ({@link FkGuardSettings#SCHEMAS}, optionally {@code =value}), the one spelling
     * they know; the reports render that prose per front through this, so the build's and the command line's reports
     * never name a property their users cannot type. The startup spelling leaves the text as it is.
     */
    default String respell(String text) {
        Matcher setting = SettingsInProse.KEY.matcher(text);
        StringBuilder out = new StringBuilder();
        while (setting.find()) {
            String key = FkGuardSettings.PREFIX + setting.group(1);
            String spelled = setting.group(2) == null ? key(key) : assignment(key, setting.group(2));
            setting.appendReplacement(out, Matcher.quoteReplacement(spelled));
        }
        // A fix that asks for one more run with a setting (writing the baseline) says how the check runs here.
        return setting.appendTail(out).toString().replace(STARTUP.runOnce(), runOnce());
    }

    /** What drift and invalid settings stop: {@code startup}, {@code the build}. */
    String stopped();

    /** The words before {@code mode=warn} that let drift through, e.g. {@code to start anyway set}. */
    String anyway();

    /**
     * One run of the check with a setting given, for fixes that need one ({@code by starting once with
     * hibernate.fkguard.baseline.write=true}): {@code starting once}, {@code running the build once}. The guard's
     * prose says startup's; {@link #respell} puts this in its place.
     */
    String runOnce();
}
