package dev.fkguard.build.isolated.scanned;

import jakarta.persistence.Embeddable;

/** Found by the scan without being an entity: its owner embeds it. */
@Embeddable
public class Address {
    String street;
    String city;
}
