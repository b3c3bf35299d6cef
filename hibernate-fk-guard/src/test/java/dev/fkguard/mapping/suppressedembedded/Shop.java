package dev.fkguard.mapping.suppressedembedded;

import jakarta.persistence.AssociationOverride;
import jakarta.persistence.AttributeOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** One embeddable used three times: embedded, embedded again under other column names, and as collection elements. */
@Entity
@Table(name = "shops")
public class Shop {
    @Id
    Long id;

    @Embedded
    Address address;

    @Embedded
    @AttributeOverride(name = "street", column = @Column(name = "billing_street"))
    @AssociationOverride(name = "country", joinColumns = @JoinColumn(name = "billing_country_id"))
    Address billing;

    @ElementCollection
    @CollectionTable(name = "shop_branches", joinColumns = @JoinColumn(name = "shop_id"))
    List<Address> branches = new ArrayList<>();
}
