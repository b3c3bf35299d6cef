package dev.fkguard.mapping.suppressed;

import dev.fkguard.FkGuardSuppress;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** Root of a JOINED hierarchy; the inverse collection's annotation covers the child's key columns. */
@Entity
@Table(name = "owners")
@Inheritance(strategy = InheritanceType.JOINED)
public class Owner {
    @Id
    Long id;

    @OneToMany(mappedBy = "owner")
    @FkGuardSuppress(rules = "delete-rule-mismatch", reason = "pets are archived by a nightly job")
    List<Pet> pets = new ArrayList<>();
}
