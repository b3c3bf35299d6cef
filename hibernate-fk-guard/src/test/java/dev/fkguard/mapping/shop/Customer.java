package dev.fkguard.mapping.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;

@Entity
@Table(name = "customers")
public class Customer {
    @Id
    Long id;

    /** Inverse side without cascades: the FK gets no cascade intent from here. */
    @OneToMany(mappedBy = "customer")
    List<PurchaseOrder> orders;
}
