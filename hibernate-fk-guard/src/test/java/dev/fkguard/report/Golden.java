package dev.fkguard.report;

import dev.fkguard.testing.GoldenFiles;

/**
 * Compares output with a file under {@code src/test/resources/golden/}. Run with {@code -Dfkguard.golden.update=true}
 * in the library module to rewrite the files instead, then review the diff.
 */
final class Golden {

    private Golden() {
    }

    static void assertMatches(String name, String actual) {
        GoldenFiles.assertMatches(name, actual);
    }

    static String read(String name) {
        return GoldenFiles.read(name);
    }
}
