package dev.fkguard.build.isolated.scanned.archive;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;

/** In a sub-package: found with its parent package, left out when the packages name only another. */
@Entity
public class ArchivedShop {
    @Id
    Long id;
}
