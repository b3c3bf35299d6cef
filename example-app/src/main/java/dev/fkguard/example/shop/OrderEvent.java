package dev.fkguard.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDateTime;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

/**
 * An entry of the order event log ("created", "paid", "shipped", "deleted"). A relation without a foreign key on
 * purpose: the log must outlive the order it describes (the "deleted" entry is written as the order goes), so
 * {@code order_events.order_id} carries no constraint ({@code NO_CONSTRAINT}), and an event whose order is gone
 * loads with {@code getOrder() == null} ({@code @NotFound(IGNORE)}). The guard accepts the missing key; with
 * {@code hibernate.fkguard.data-checks=true} it counts the events whose order no longer exists (orphaned-rows),
 * the field manual's "programmatic or scheduled validation" for data that cannot carry a key.
 */
@Entity
@Table(name = "order_events")
public class OrderEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne
    @NotFound(action = NotFoundAction.IGNORE)
    @JoinColumn(name = "order_id", nullable = false, foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    private Order order;

    @Column(name = "event_type", nullable = false, length = 30)
    private String eventType;

    @Column(name = "occurred_at", nullable = false)
    private LocalDateTime occurredAt;

    protected OrderEvent() {
    }

    public OrderEvent(Order order, String eventType, LocalDateTime occurredAt) {
        this.order = order;
        this.eventType = eventType;
        this.occurredAt = occurredAt;
    }

    public Long getId() {
        return id;
    }

    /** Null once the order was deleted: the event stays. */
    public Order getOrder() {
        return order;
    }

    public String getEventType() {
        return eventType;
    }

    public LocalDateTime getOccurredAt() {
        return occurredAt;
    }
}
