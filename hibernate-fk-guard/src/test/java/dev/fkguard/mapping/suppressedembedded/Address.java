package dev.fkguard.mapping.suppressedembedded;

import dev.fkguard.FkGuardSuppress;
import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

/** The annotation sits in the embeddable, so it covers the key in every place the address is embedded. */
@Embeddable
public class Address {
    String street;

    @ManyToOne
    @JoinColumn(name = "country_id")
    @FkGuardSuppress(rules = "missing-foreign-key", reason = "countries live in the reference service")
    Country country;
}
