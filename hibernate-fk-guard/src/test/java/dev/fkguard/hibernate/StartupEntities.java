package dev.fkguard.hibernate;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.util.ArrayList;
import java.util.List;

/** A small shop for the startup tests: customers, orders and their items, with the intended delete rules. */
final class StartupEntities {

    private StartupEntities() {
    }

    static final Class<?>[] ALL = {Customer.class, PurchaseOrder.class, OrderLine.class};

    @Entity(name = "Customer")
    @Table(name = "customers")
    static class Customer {
        @Id
        Long id;
        String email;
    }

    @Entity(name = "PurchaseOrder")
    @Table(name = "orders")
    static class PurchaseOrder {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "customer_id", nullable = false)
        Customer customer;
        @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
        List<OrderLine> lines = new ArrayList<>();
    }

    @Entity(name = "OrderLine")
    @Table(name = "order_items")
    static class OrderLine {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "order_id", nullable = false)
        @OnDelete(action = OnDeleteAction.CASCADE)
        PurchaseOrder order;
        int quantity;
    }

    static final String[] DRIFTED_SCHEMA = {
            "CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY, email VARCHAR(255))",
            "CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT NOT NULL,"
                    + " CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id))",
            // ON DELETE CASCADE forgotten by the migration
            "CREATE TABLE order_items (id BIGINT NOT NULL PRIMARY KEY, order_id BIGINT NOT NULL, quantity INT NOT NULL,"
                    + " CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id))",
            // PostgreSQL indexes no foreign key by itself; without these missing-foreign-key-index would report.
            "CREATE INDEX idx_orders_customer ON orders (customer_id)",
            "CREATE INDEX idx_items_order ON order_items (order_id)"};

    static final String[] CORRECT_SCHEMA = {
            DRIFTED_SCHEMA[0],
            DRIFTED_SCHEMA[1],
            "CREATE TABLE order_items (id BIGINT NOT NULL PRIMARY KEY, order_id BIGINT NOT NULL, quantity INT NOT NULL,"
                    + " CONSTRAINT fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE)",
            DRIFTED_SCHEMA[3],
            DRIFTED_SCHEMA[4]};
}
