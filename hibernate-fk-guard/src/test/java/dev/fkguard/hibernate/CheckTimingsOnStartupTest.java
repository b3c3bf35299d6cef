package dev.fkguard.hibernate;

import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.support.GuardLog;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import org.hibernate.SessionFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The log line of every startup check ends with what it cost, split into its steps; the numbers vary from run to
 * run, so they are matched, and they stay out of the failure message and the report files. A check beside the boot
 * also says how long the boot waited for it: what it cost the start beyond the mapping read.
 */
class CheckTimingsOnStartupTest {

    private static final String BESIDE = "; catalog and rules ran beside the boot, which waited ";

    private static final Pattern COST = Pattern.compile(
            "hibernate-fk-guard checked in \\d+ ms: mapping \\d+ ms, catalog \\d+ ms, rules \\d+ ms"
                    + "(" + Pattern.quote(BESIDE) + "\\d+ ms for them)?\\.");

    private static boolean endsWithCost(String message) {
        List<String> lines = message.lines().toList();
        return !lines.isEmpty() && COST.matcher(lines.get(lines.size() - 1)).matches();
    }

    @AllDatabases(only = Engine.H2)
    void aCleanCheckLogsItsCostOnItsLine(TestDatabase db) {
        db.execute(StartupEntities.CORRECT_SCHEMA);
        try (GuardLog log = GuardLog.capture();
             SessionFactory factory = GuardRun.startSessionFactory(db, Map.of(), StartupEntities.ALL)) {
            assertFalse(factory.isClosed());
            List<String> lines = log.infos().stream().filter(m -> m.contains(" agree (")).toList();
            assertEquals(1, lines.size(), log.infos()::toString);
            assertTrue(endsWithCost(lines.get(0)), lines.get(0));
        }
    }

    @AllDatabases(only = Engine.H2)
    void aWarningLogsItsCostTooAndTheConcurrentCheckAsWell(TestDatabase db) {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        for (String concurrent : List.of("true", "false")) {
            try (GuardLog log = GuardLog.capture(); SessionFactory factory = GuardRun.startSessionFactory(db,
                    Map.of(FkGuardSettings.MODE, "warn", FkGuardSettings.CONCURRENT_CHECK, concurrent),
                    StartupEntities.ALL)) {
                assertFalse(factory.isClosed());
                List<String> lines = log.warnings().stream().filter(m -> m.contains("delete-rule-mismatch")).toList();
                assertEquals(1, lines.size(), log.warnings()::toString);
                assertTrue(endsWithCost(lines.get(0)), lines.get(0));
                assertEquals(concurrent.equals("true"), lines.get(0).contains(BESIDE), lines.get(0));
            }
        }
    }

    @AllDatabases(only = Engine.H2)
    void aRefusedStartupLogsItsCostApartFromTheFailureAndTheReports(TestDatabase db) throws IOException {
        db.execute(StartupEntities.DRIFTED_SCHEMA);
        Path reports = Files.createTempDirectory("fkguard-cost-");
        try (GuardLog log = GuardLog.capture()) {
            FkGuardException failure = assertThrows(FkGuardException.class, () -> GuardRun.startSessionFactory(db,
                    Map.of(FkGuardSettings.REPORT_DIR, reports.toString()), StartupEntities.ALL).close());
            assertTrue(log.infos().stream().anyMatch(m -> COST.matcher(m).matches()), log.infos()::toString);
            assertFalse(failure.getMessage().contains("checked in"), failure.getMessage());
            try (var files = Files.list(reports)) {
                for (Path file : files.toList()) {
                    assertFalse(Files.readString(file).contains("checked in"), file::toString);
                }
            }
        } finally {
            try (var files = Files.list(reports)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(reports);
        }
    }
}
