package dev.fkguard.example.shop;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/**
 * The many-to-many junction between orders and coupons, mapped as an entity so each side can carry its own
 * delete rule: an order takes its coupon links with it (CASCADE), a redeemed coupon stays (RESTRICT).
 */
@Entity
@Table(name = "order_coupons")
public class OrderCoupon {

    @EmbeddedId
    private OrderCouponId id;

    @MapsId("orderId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id", foreignKey = @ForeignKey(name = "fk_order_coupons_order"))
    @OnDelete(action = OnDeleteAction.CASCADE)
    private Order order;

    @MapsId("couponId")
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "coupon_id", foreignKey = @ForeignKey(name = "fk_order_coupons_coupon"))
    private Coupon coupon;

    protected OrderCoupon() {
    }

    public OrderCoupon(Order order, Coupon coupon) {
        this.id = new OrderCouponId(order.getId(), coupon.getId());
        this.order = order;
        this.coupon = coupon;
    }

    public OrderCouponId getId() {
        return id;
    }

    public Order getOrder() {
        return order;
    }

    public Coupon getCoupon() {
        return coupon;
    }
}
