package dev.fkguard.maven;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The versions of a project's Flyway SQL migrations ({@code V<version>__<description>.sql}, Flyway's default
 * naming), and the version the next one takes: one more than the highest, in its first part ({@code V7_2} → 8).
 */
final class FlywayVersions {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.*\\.sql");

    private FlywayVersions() {
    }

    /** The versions found in {@code dirs} (their sub-directories too, as Flyway scans them), in no order. */
    static List<List<BigInteger>> versioned(List<Path> dirs) {
        List<List<BigInteger>> versions = new ArrayList<>();
        for (Path dir : dirs) {
            if (!Files.isDirectory(dir)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(dir)) {
                files.filter(Files::isRegularFile).map(f -> VERSIONED.matcher(f.getFileName().toString()))
                        .filter(Matcher::matches).map(m -> parse(m.group(1))).forEach(versions::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot list the Flyway migrations in " + dir, e);
            }
        }
        return versions;
    }

    static Optional<List<BigInteger>> highest(List<Path> dirs) {
        return versioned(dirs).stream().max(FlywayVersions::compare);
    }

    /** The next version after the highest in {@code dirs}; 1 when there is none. */
    static String next(List<Path> dirs) {
        return highest(dirs).map(v -> v.get(0).add(BigInteger.ONE)).orElse(BigInteger.ONE).toString();
    }

    private static List<BigInteger> parse(String version) {
        return Stream.of(version.split("[._]")).map(BigInteger::new).toList();
    }

    /** Flyway's order: part by part as numbers, a missing part counting as 0. */
    static int compare(List<BigInteger> a, List<BigInteger> b) {
        for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            BigInteger x = i < a.size() ? a.get(i) : BigInteger.ZERO;
            BigInteger y = i < b.size() ? b.get(i) : BigInteger.ZERO;
            int c = x.compareTo(y);
            if (c != 0) {
                return c;
            }
        }
        return 0;
    }
}
