package dev.fkguard;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Silences rules for one entity (all its tables) or one association (its foreign key columns; an association in an
 * embeddable wherever the embeddable is embedded), at run time and at compile time. The reason is required: a suppression without one is a finding nobody can review later.
 *
 * <pre>{@code
 * @ManyToOne
 * @FkGuardSuppress(rules = "missing-foreign-key", reason = "customer ids come from the CRM service, no FK possible")
 * Customer customer;
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.FIELD, ElementType.METHOD})
public @interface FkGuardSuppress {

    /** Rule ids, e.g. {@code "missing-foreign-key"}. */
    String[] rules();

    /** Why the finding is accepted. */
    String reason();
}
