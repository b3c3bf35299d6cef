package dev.fkguard.mapping.suppressedembedded;

import dev.fkguard.FkGuardSuppress;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Transient;

/** An annotation on something the mapping ignores would silence nothing: an error. */
@Embeddable
public class Note {
    String text;

    @Transient
    @FkGuardSuppress(rules = "missing-foreign-key", reason = "not a relation at all")
    String draft;
}
