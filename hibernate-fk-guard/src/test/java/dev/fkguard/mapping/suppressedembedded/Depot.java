package dev.fkguard.mapping.suppressedembedded;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

/**
 * An embeddable and a to-one that live in a secondary table: Hibernate lists both among the join's properties, and
 * {@code getProperties()} returns them with the entity's own.
 */
@Entity
@Table(name = "depots")
@SecondaryTable(name = "depot_sites", pkJoinColumns = @PrimaryKeyJoinColumn(name = "depot_id"))
public class Depot {
    @Id
    Long id;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "street", table = "depot_sites"))
    @AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "country_id", table = "depot_sites"))
    Address site;

    @ManyToOne
    @JoinColumn(name = "customs_country_id", table = "depot_sites")
    Country customs;
}
