package dev.fkguard.mapping.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "order_items")
public class OrderItem {
    @Id
    Long id;

    @ManyToOne
    @JoinColumn(name = "order_id")
    PurchaseOrder order;
}
