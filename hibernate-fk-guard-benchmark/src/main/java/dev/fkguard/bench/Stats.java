package dev.fkguard.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/** Median and spread of k repetitions; medians because one slow outlier on a shared machine says nothing. */
record Stats(double median, double min, double max) {

    static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(median, sorted.get(0), sorted.get(n - 1));
    }

    /** Not measured in this run (quick mode leaves some measurements out); prints as "n/a". */
    static final Stats NONE = new Stats(Double.NaN, Double.NaN, Double.NaN);

    /** {@link #of}, or {@link #NONE} when nothing was measured. */
    static Stats ofAny(List<Double> values) {
        return values.isEmpty() ? NONE : of(values);
    }

    boolean measured() {
        return !Double.isNaN(median);
    }

    /** e.g. "1234 [1200–1300]" */
    String millis() {
        return !measured() ? "n/a" : String.format(Locale.ROOT, "%.0f [%.0f–%.0f]", median, min, max);
    }

    String millisPrecise() {
        return !measured() ? "n/a" : String.format(Locale.ROOT, "%.1f [%.1f–%.1f]", median, min, max);
    }

    String percent() {
        return !measured() ? "n/a" : String.format(Locale.ROOT, "%.1f [%.1f–%.1f]", median, min, max);
    }

    String ratio() {
        return !measured() ? "n/a" : String.format(Locale.ROOT, "%.1f× [%.1f–%.1f]", median, min, max);
    }
}
