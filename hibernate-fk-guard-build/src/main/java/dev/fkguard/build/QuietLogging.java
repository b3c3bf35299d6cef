package dev.fkguard.build;

import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Raises some java.util.logging loggers to WARNING for the length of the check and puts them back after. JUL is
 * one per JVM, Maven's, so what the check changes it restores. The loggers are held, as JUL keeps only weak ones.
 */
final class QuietLogging {

    private final List<Logger> loggers;
    private final List<Level> levels;

    private QuietLogging(List<Logger> loggers) {
        this.loggers = loggers;
        this.levels = loggers.stream().map(Logger::getLevel).toList();
        loggers.forEach(logger -> logger.setLevel(Level.WARNING));
    }

    static QuietLogging of(List<String> names) {
        return new QuietLogging(names.stream().map(Logger::getLogger).toList());
    }

    static QuietLogging none() {
        return new QuietLogging(List.of());
    }

    void restore() {
        for (int i = 0; i < loggers.size(); i++) {
            loggers.get(i).setLevel(levels.get(i));
        }
    }
}
