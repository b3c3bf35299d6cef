package dev.fkguard.mapping.formula;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.JoinColumnOrFormula;
import org.hibernate.annotations.JoinFormula;

/** To-ones joined through SQL formulas: Hibernate builds no foreign key for them. */
@Entity
@Table(name = "pets")
public class Pet {
    @Id
    Long id;

    @Column(name = "owner_ref")
    Long ownerRef;

    @Column(name = "keeper_code")
    String keeperCode;

    @ManyToOne
    @JoinFormula("owner_ref")
    Person owner;

    @ManyToOne
    @JoinColumnOrFormula(formula = @JoinFormula(value = "upper(keeper_code)", referencedColumnName = "code"))
    Person keeper;

    @ManyToOne
    @JoinColumn(name = "vet_id")
    Person vet;
}
