package dev.fkguard.maven;

import dev.fkguard.build.CheckResult;
import org.apache.maven.plugin.logging.Log;
import org.junit.jupiter.api.Test;

import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What the migration goal logs after the check: the file it wrote, or that it wrote none and why. */
class MigrationMojoLogTest {

    private static final DatabaseSource FLYWAY = new DatabaseSource(DatabaseSource.FLYWAY,
            List.of(Path.of("src/main/resources/db/migration")), Optional.empty(), Optional.empty(), Optional.empty(),
            "h2");

    /** Each call as {@code level: message}. */
    private static List<String> logOf(CheckResult result) {
        List<String> lines = new ArrayList<>();
        Log log = (Log) Proxy.newProxyInstance(Log.class.getClassLoader(), new Class<?>[]{Log.class},
                (proxy, method, args) -> {
                    if (method.getName().startsWith("is")) {
                        return true;
                    }
                    if (args != null && args.length > 0 && args[0] instanceof CharSequence text) {
                        lines.add(method.getName() + ": " + text);
                    }
                    return null;
                });
        MigrationMojo mojo = new MigrationMojo();
        mojo.setLog(log);
        mojo.act(result, FLYWAY);
        return lines;
    }

    @Test
    void aCleanCheckWritesNoMigrationAndSaysTheyAgree() {
        assertEquals(List.of("info: hibernate-fk-guard: mapping and H2 schema PUBLIC agree",
                        "info: hibernate-fk-guard: no migration written: the mapping and the database agree."),
                logOf(new CheckResult("clean", "hibernate-fk-guard: mapping and H2 schema PUBLIC agree", List.of(),
                        "H2", "")));
    }

    @Test
    void findingsWithoutAStatementWriteNoMigrationAndPointToTheFindings() {
        assertEquals(List.of("warn: hibernate-fk-guard [drift]: 1 finding",
                        "info: hibernate-fk-guard: no migration written: it would run no statement; each finding above"
                                + " says what it needs instead."),
                logOf(new CheckResult("drift", "hibernate-fk-guard [drift]: 1 finding", List.of(), "H2", "")));
    }

    @Test
    void aWrittenMigrationIsNamedAndNoneWrittenIsNotSaid() {
        List<String> log = logOf(new CheckResult("drift", "hibernate-fk-guard [drift]: 1 finding",
                List.of("src/main/resources/db/migration/V2__fkguard.sql"), "H2", ""));
        assertTrue(log.contains("info: hibernate-fk-guard wrote the migration"
                + " src/main/resources/db/migration/V2__fkguard.sql. It was not run: review it and commit it;"
                + " the next build makes its database with it."), log.toString());
        assertTrue(log.stream().noneMatch(line -> line.contains("no migration written")), log.toString());
    }
}
