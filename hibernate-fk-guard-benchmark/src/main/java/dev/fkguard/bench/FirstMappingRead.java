package dev.fkguard.bench;

import dev.fkguard.mapping.MappingReader;
import dev.fkguard.model.MappingModel;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.StandaloneServer;
import org.hibernate.boot.Metadata;
import org.hibernate.boot.registry.StandardServiceRegistry;
import org.hibernate.boot.registry.StandardServiceRegistryBuilder;

import com.sun.management.ThreadMXBean;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The mapping read as an application pays it: once, in a fresh JVM, on the booting thread. The benchmark's other
 * numbers are taken after warm-up rounds, when the JIT has compiled the read; the start of a real application runs it
 * mostly interpreted, with the library's classes and call sites linked for the first time. Each measurement is its
 * own JVM (same java, same class path), which boots H2 metadata, reads the mapping once, then reads it again until
 * the JIT has settled, so one line shows both ends.
 */
final class FirstMappingRead {

    private static final ThreadMXBean THREADS = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private static final int WARM_READS = 200;
    private static final int WARM_MEASURED = 50;

    private FirstMappingRead() {
    }

    /** Child JVM: {@code <entity root> <N>}; prints the first and the warm read's CPU ms and MB allocated. */
    public static void main(String[] args) {
        GeneratedModel model = new GeneratedModel(Integer.parseInt(args[1]));
        ClassLoader entities = new EntityCompiler(Path.of(args[0])).compile(model);
        try (StandaloneServer server = StandaloneServer.start(Engine.H2)) {
            HibernateBoot boot = new HibernateBoot(entities, model.classNames(), server.freshDatabase());
            StandardServiceRegistry registry = boot.registry();
            try {
                Metadata metadata = boot.metadata(registry);
                double[] first = read(metadata, 1);
                for (int i = 0; i < WARM_READS - WARM_MEASURED; i++) {
                    keep(new MappingReader().read(metadata));
                }
                double[] warm = read(metadata, WARM_MEASURED);
                System.out.printf(Locale.ROOT, "first-read %.2f %.2f%nwarm-read %.2f %.2f%n", first[0], first[1],
                        warm[0], warm[1]);
            } finally {
                StandardServiceRegistryBuilder.destroy(registry);
            }
        }
    }

    /** CPU ms and MB allocated per read, over {@code reads} reads on this thread. */
    private static double[] read(Metadata metadata, int reads) {
        long cpu = THREADS.getCurrentThreadCpuTime();
        long allocated = THREADS.getCurrentThreadAllocatedBytes();
        for (int i = 0; i < reads; i++) {
            keep(new MappingReader().read(metadata));
        }
        return new double[] {(THREADS.getCurrentThreadCpuTime() - cpu) / 1e6 / reads,
                (THREADS.getCurrentThreadAllocatedBytes() - allocated) / 1e6 / reads};
    }

    private static void keep(MappingModel model) {
        if (model.tables().isEmpty()) {
            throw new IllegalStateException("the generated mapping has no tables");
        }
    }

    /** Runs {@code runs} fresh JVMs at size {@code size} and says what the first and the warm read cost (medians). */
    static String line(Path entityRoot, int size, int runs) {
        List<Double> firstCpu = new ArrayList<>();
        List<Double> firstMegabytes = new ArrayList<>();
        List<Double> warmCpu = new ArrayList<>();
        List<Double> warmMegabytes = new ArrayList<>();
        for (int run = 0; run < runs; run++) {
            for (String output : child(entityRoot, size)) {
                String[] parts = output.split(" ");
                if (parts[0].equals("first-read")) {
                    firstCpu.add(Double.parseDouble(parts[1]));
                    firstMegabytes.add(Double.parseDouble(parts[2]));
                } else if (parts[0].equals("warm-read")) {
                    warmCpu.add(Double.parseDouble(parts[1]));
                    warmMegabytes.add(Double.parseDouble(parts[2]));
                }
            }
        }
        if (firstCpu.size() != runs || warmCpu.size() != runs) {
            throw new IllegalStateException("a fresh JVM printed no mapping read: " + firstCpu + " " + warmCpu);
        }
        double first = Stats.of(firstCpu).median();
        double warm = Stats.of(warmCpu).median();
        return String.format(Locale.ROOT, "mapping read in a fresh JVM, H2 N=%d (medians of %d JVMs): first read"
                        + " %.1f ms CPU / %.1f MB, warm (after %d reads) %.1f ms / %.1f MB: the first costs %.1f× the warm",
                size, runs, first, Stats.of(firstMegabytes).median(), WARM_READS - WARM_MEASURED, warm,
                Stats.of(warmMegabytes).median(), first / warm);
    }

    private static List<String> child(Path entityRoot, int size) {
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(java.toString(), "-Xms1g", "-Xmx2g", "-XX:+UseG1GC",
                "-Dorg.slf4j.simpleLogger.defaultLogLevel=error", "-cp", System.getProperty("java.class.path"),
                FirstMappingRead.class.getName(), entityRoot.toString(), String.valueOf(size))
                .redirectErrorStream(true);
        List<String> lines = new ArrayList<>();
        try {
            Process process = builder.start();
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    lines.add(line);
                }
            }
            int exit = process.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("the fresh JVM exited with " + exit + ": " + String.join("\n", lines));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted waiting for a fresh JVM", e);
        }
        return lines;
    }
}
