package dev.fkguard.support;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * What the guard logs (logger {@code dev.fkguard}) while open. The library's tests run jboss-logging on
 * java.util.logging (no Logback on their class path), so a handler on that logger sees every record.
 */
public final class GuardLog implements AutoCloseable {

    private final Logger logger = Logger.getLogger("dev.fkguard");
    private final List<LogRecord> records = Collections.synchronizedList(new ArrayList<>());
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord logRecord) {
            records.add(logRecord);
        }

        @Override
        public void flush() {
            // kept in memory
        }

        @Override
        public void close() {
            // nothing held
        }
    };

    private GuardLog() {
        handler.setLevel(Level.ALL);
        logger.addHandler(handler);
    }

    public static GuardLog capture() {
        return new GuardLog();
    }

    /** Messages logged at WARN (java.util.logging WARNING) or above. */
    public List<String> warnings() {
        return messages(Level.WARNING.intValue());
    }

    /** Messages logged at INFO or above. */
    public List<String> infos() {
        return messages(Level.INFO.intValue());
    }

    /** The exception logged with a record whose message contains {@code text}, if any. */
    public Throwable thrownWith(String text) {
        synchronized (records) {
            return records.stream().filter(r -> String.valueOf(r.getMessage()).contains(text))
                    .map(LogRecord::getThrown).filter(t -> t != null).findFirst().orElse(null);
        }
    }

    private List<String> messages(int atLeast) {
        synchronized (records) {
            return records.stream().filter(r -> r.getLevel().intValue() >= atLeast)
                    .map(r -> String.valueOf(r.getMessage())).toList();
        }
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
