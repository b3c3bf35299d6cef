package dev.fkguard.tenants;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One tenant's model: two unqualified tables, created in every tenant schema by the tests. */
final class TenantEntities {

    private TenantEntities() {
    }

    @Entity(name = "TnCustomer")
    @Table(name = "tn_customers")
    static class TnCustomer {
        @Id
        Long id;
    }

    @Entity(name = "TnOrder")
    @Table(name = "tn_orders")
    static class TnOrder {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        TnCustomer customer;
    }
}
