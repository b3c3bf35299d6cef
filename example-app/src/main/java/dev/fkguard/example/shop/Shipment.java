package dev.fkguard.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;

/**
 * One parcel: the shipment of one order line. The composite foreign key of the field manual:
 * {@code shipments (order_id, item_id) → order_items (order_id, id)}.
 *
 * <p>Why two columns: the warehouse looks shipments up by order, so {@code order_id} is stored here. With a key on
 * {@code item_id} alone, nothing would stop a row whose {@code order_id} names one order and whose {@code item_id}
 * names a line of another. Referencing the pair, which {@code order_items} declares unique, makes the database
 * guarantee that the line belongs to that order. RESTRICT (no {@code @OnDelete}): a shipped line, and so its
 * order, cannot be deleted.
 */
@Entity
@Table(name = "shipments")
public class Shipment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumns(value = {
            @JoinColumn(name = "order_id", referencedColumnName = "order_id", nullable = false),
            @JoinColumn(name = "item_id", referencedColumnName = "id", nullable = false)},
            foreignKey = @ForeignKey(name = "fk_shipments_order_item"))
    private OrderItem item;

    /**
     * Read-only view of the key's order column, for lookups by order without a join. NOT NULL like the
     * association: Hibernate takes the column's nullability from this basic mapping.
     */
    @Column(name = "order_id", nullable = false, insertable = false, updatable = false)
    private Long orderId;

    @Column(name = "tracking_number", nullable = false, length = 60)
    private String trackingNumber;

    @Column(name = "shipped_at", nullable = false)
    private LocalDateTime shippedAt;

    protected Shipment() {
    }

    public Shipment(OrderItem item, String trackingNumber, LocalDateTime shippedAt) {
        this.item = item;
        this.trackingNumber = trackingNumber;
        this.shippedAt = shippedAt;
    }

    public Long getId() {
        return id;
    }

    public OrderItem getItem() {
        return item;
    }

    public Long getOrderId() {
        return orderId;
    }

    public String getTrackingNumber() {
        return trackingNumber;
    }

    public LocalDateTime getShippedAt() {
        return shippedAt;
    }
}
