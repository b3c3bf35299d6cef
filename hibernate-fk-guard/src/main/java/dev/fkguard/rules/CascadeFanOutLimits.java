package dev.fkguard.rules;

/**
 * The thresholds of {@code cascade-delete-fan-out}.
 *
 * @param maxDepth how many levels of ON DELETE CASCADE one delete may pass through (customers → orders →
 *                 order_items is 2 levels)
 * @param maxWidth how many tables one delete may reach through ON DELETE CASCADE, all levels together
 */
public record CascadeFanOutLimits(int maxDepth, int maxWidth) {

    public static final int DEFAULT_MAX_DEPTH = 3;
    public static final int DEFAULT_MAX_WIDTH = 5;

    public CascadeFanOutLimits {
        if (maxDepth < 1 || maxWidth < 1) {
            throw new IllegalArgumentException("cascade fan-out limits must be positive: depth " + maxDepth
                    + ", width " + maxWidth);
        }
    }

    public static CascadeFanOutLimits defaults() {
        return new CascadeFanOutLimits(DEFAULT_MAX_DEPTH, DEFAULT_MAX_WIDTH);
    }
}
