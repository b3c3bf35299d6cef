package dev.fkguard.example;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Turns a failed startup into text an operator can act on, without stack traces. */
final class FailureMessages {

    /** By name: the example must compile and run even before the library defines the class. */
    static final String GUARD_EXCEPTION = "dev.fkguard.FkGuardException";

    private FailureMessages() {
    }

    /** The innermost exception in the cause chain that is (or extends) the guard's exception. */
    static Optional<Throwable> guardFailure(Throwable failure) {
        Throwable found = null;
        for (Throwable t : causeChain(failure)) {
            if (isGuardException(t)) {
                found = t;
            }
        }
        return Optional.ofNullable(found);
    }

    /** Every message of the cause chain, outermost first, one per line. */
    static String messageChain(Throwable failure) {
        StringBuilder text = new StringBuilder();
        for (Throwable t : causeChain(failure)) {
            if (!text.isEmpty()) {
                text.append(System.lineSeparator()).append("  caused by: ");
            }
            text.append(t.getClass().getName());
            if (t.getMessage() != null) {
                text.append(": ").append(t.getMessage());
            }
        }
        return text.toString();
    }

    private static boolean isGuardException(Throwable t) {
        for (Class<?> type = t.getClass(); type != null; type = type.getSuperclass()) {
            if (type.getName().equals(GUARD_EXCEPTION)) {
                return true;
            }
        }
        return false;
    }

    private static List<Throwable> causeChain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        Map<Throwable, Boolean> seen = new IdentityHashMap<>();
        for (Throwable t = failure; t != null && seen.put(t, Boolean.TRUE) == null; t = t.getCause()) {
            chain.add(t);
        }
        return chain;
    }
}
