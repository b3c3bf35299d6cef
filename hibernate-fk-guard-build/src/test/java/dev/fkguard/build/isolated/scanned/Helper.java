package dev.fkguard.build.isolated.scanned;

/** No mapping annotation: not scanned. */
public final class Helper {
    private Helper() {
    }
}
