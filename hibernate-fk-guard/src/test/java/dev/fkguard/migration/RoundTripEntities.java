package dev.fkguard.migration;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The round trip's shop: a self-reference, a join table, a composite key referenced by a composite foreign key,
 * CASCADE and SET NULL rules, explicit and generated constraint names, and every foreign key column led by an index.
 */
final class RoundTripEntities {

    private RoundTripEntities() {
    }

    static final Class<?>[] ALL = {Customer.class, Category.class, Product.class, Order.class, OrderItem.class,
            Shipment.class, Coupon.class};

    @Entity(name = "RtCustomer")
    @Table(name = "customers")
    static class Customer {
        @Id
        Long id;
        String name;
    }

    @Entity(name = "RtCategory")
    @Table(name = "categories", indexes = @Index(name = "ix_categories_parent", columnList = "parent_id"))
    static class Category {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_categories_parent"))
        @OnDelete(action = OnDeleteAction.SET_NULL)
        Category parent;
    }

    @Entity(name = "RtProduct")
    @Table(name = "products", indexes = @Index(name = "ix_products_category", columnList = "category_id"))
    static class Product {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "category_id", nullable = false, foreignKey = @ForeignKey(name = "fk_products_category"))
        Category category;
    }

    @Entity(name = "RtOrder")
    @Table(name = "orders", indexes = {@Index(name = "ix_orders_customer", columnList = "customer_id"),
            @Index(name = "ix_orders_legacy", columnList = "legacy_account_id")})
    static class Order {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "customer_id", nullable = false)
        Customer customer;
        /** An id from an old system, no relation: a key on it is stale. */
        @Column(name = "legacy_account_id")
        Long legacyAccountId;
        @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
        List<OrderItem> items = new ArrayList<>();
        @ManyToMany
        @JoinTable(name = "order_coupons", joinColumns = @JoinColumn(name = "order_id"),
                inverseJoinColumns = @JoinColumn(name = "coupon_id"),
                // A List maps to a join table without primary key: both key columns need an index of their own.
                indexes = {@Index(name = "ix_order_coupons_coupon", columnList = "coupon_id"),
                        @Index(name = "ix_order_coupons_order", columnList = "order_id")})
        List<Coupon> coupons = new ArrayList<>();
    }

    @Embeddable
    static class OrderItemId implements Serializable {
        private static final long serialVersionUID = 1L;
        @Column(name = "order_id")
        Long orderId;
        @Column(name = "line_no")
        Integer lineNo;

        @Override
        public boolean equals(Object other) {
            return other instanceof OrderItemId that && Objects.equals(orderId, that.orderId)
                    && Objects.equals(lineNo, that.lineNo);
        }

        @Override
        public int hashCode() {
            return Objects.hash(orderId, lineNo);
        }
    }

    @Entity(name = "RtOrderItem")
    @Table(name = "order_items", indexes = {@Index(name = "ix_order_items_product", columnList = "product_id"),
            @Index(name = "ix_order_items_order", columnList = "order_id")})
    static class OrderItem {
        @EmbeddedId
        OrderItemId id;
        @MapsId("orderId")
        @ManyToOne(optional = false)
        @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_order_items_order"))
        @OnDelete(action = OnDeleteAction.CASCADE)
        Order order;
        @ManyToOne(optional = false)
        @JoinColumn(name = "product_id", nullable = false)
        Product product;
    }

    @Entity(name = "RtShipment")
    @Table(name = "shipments", indexes = @Index(name = "ix_shipments_item", columnList = "order_id, line_no"))
    static class Shipment {
        @Id
        Long id;
        @ManyToOne
        @JoinColumns(value = {
                @JoinColumn(name = "order_id", referencedColumnName = "order_id"),
                @JoinColumn(name = "line_no", referencedColumnName = "line_no")},
                foreignKey = @ForeignKey(name = "fk_shipments_item"))
        @OnDelete(action = OnDeleteAction.SET_NULL)
        OrderItem item;
    }

    @Entity(name = "RtCoupon")
    @Table(name = "coupons")
    static class Coupon {
        @Id
        Long id;
        String code;
    }
}
