package dev.fkguard.report;

import dev.fkguard.model.Suppression;
import dev.fkguard.rule.Finding;

import java.util.Objects;

/**
 * A finding a {@code @FkGuardSuppress} in the code accepted: reported, never failing. The suppression travels with
 * it so a report can show who accepted the finding and why.
 */
public record SuppressedFinding(Finding finding, Suppression suppression) {

    public SuppressedFinding {
        Objects.requireNonNull(finding, "finding");
        Objects.requireNonNull(suppression, "suppression");
    }
}
