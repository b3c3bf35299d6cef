package dev.fkguard;

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

    /** What drift and invalid settings stop: {@code startup}, {@code the build}. */
    String stopped();

    /** The words before {@code mode=warn} that let drift through, e.g. {@code to start anyway set}. */
    String anyway();
}
