package dev.fkguard.maven;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class FlywayVersionsTest {

    @TempDir
    Path dir;

    private void files(String... names) throws IOException {
        for (String name : names) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "-- " + name);
        }
    }

    @Test
    void nextIsOneMoreThanTheHighestVersionsFirstPart() throws IOException {
        files("V1__init.sql", "V2_1__more.sql", "V2.3__even_more.sql", "V10__last.sql");
        assertEquals("11", FlywayVersions.next(List.of(dir)));
    }

    @Test
    void versionsCompareAsNumbersPartByPart() throws IOException {
        files("V9__a.sql", "V9_10__b.sql", "V9_9__c.sql");
        assertEquals("10", FlywayVersions.next(List.of(dir)));
        assertEquals(List.of(9, 10), FlywayVersions.highest(List.of(dir)).orElseThrow().stream()
                .map(Number::intValue).toList());
    }

    @Test
    void timestampVersionsGoOnAfterTheHighest() throws IOException {
        files("V20240131120000__init.sql", "V20240201090000__orders.sql");
        assertEquals("20240201090001", FlywayVersions.next(List.of(dir)));
    }

    @Test
    void subDirectoriesCountAndOtherFilesDoNot() throws IOException {
        files("V1__init.sql", "sub/V3__nested.sql", "R__view.sql", "U4__undo.sql", "V5.sql", "V6__notes.txt");
        assertEquals("4", FlywayVersions.next(List.of(dir)));
    }

    @Test
    void withoutMigrationsTheFirstIsOne() {
        assertEquals("1", FlywayVersions.next(List.of(dir.resolve("missing"))));
    }
}
