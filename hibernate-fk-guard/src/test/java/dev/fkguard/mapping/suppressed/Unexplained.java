package dev.fkguard.mapping.suppressed;

import dev.fkguard.FkGuardSuppress;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A suppression without a reason: must stop the check. */
@Entity
@Table(name = "unexplained")
@FkGuardSuppress(rules = "missing-foreign-key", reason = " ")
public class Unexplained {
    @Id
    Long id;
}
