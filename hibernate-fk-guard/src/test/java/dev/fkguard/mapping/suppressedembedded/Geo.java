package dev.fkguard.mapping.suppressedembedded;

import dev.fkguard.FkGuardSuppress;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** Embedded in {@link Location}, itself embedded: the annotation is two levels below the entity. */
@Embeddable
public class Geo {
    @ManyToOne
    @JoinColumn(name = "zone_country_id")
    @FkGuardSuppress(rules = "missing-foreign-key", reason = "zones are maintained by hand")
    Country zone;
}
