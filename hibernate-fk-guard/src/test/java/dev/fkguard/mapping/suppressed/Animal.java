package dev.fkguard.mapping.suppressed;

import dev.fkguard.FkGuardSuppress;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;

/** The annotated association is inherited by every entity below; the getter carries the annotation. */
@MappedSuperclass
public abstract class Animal {

    private Owner vet;

    @ManyToOne
    @JoinColumn(name = "vet_id")
    @FkGuardSuppress(rules = "missing-foreign-key", reason = "vets live in the partner database")
    public Owner getVet() {
        return vet;
    }

    public void setVet(Owner vet) {
        this.vet = vet;
    }
}
