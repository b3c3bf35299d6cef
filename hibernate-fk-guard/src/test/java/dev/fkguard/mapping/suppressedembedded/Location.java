package dev.fkguard.mapping.suppressedembedded;

import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;

@Embeddable
public class Location {
    String label;

    @Embedded
    Geo geo;
}
