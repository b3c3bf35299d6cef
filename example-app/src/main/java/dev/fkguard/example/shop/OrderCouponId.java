package dev.fkguard.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Objects;

/** The composite key of the {@code order_coupons} junction table: one coupon at most once per order. */
@Embeddable
public class OrderCouponId {

    @Column(name = "order_id")
    private Long orderId;

    @Column(name = "coupon_id")
    private Long couponId;

    protected OrderCouponId() {
    }

    public OrderCouponId(Long orderId, Long couponId) {
        this.orderId = orderId;
        this.couponId = couponId;
    }

    public Long getOrderId() {
        return orderId;
    }

    public Long getCouponId() {
        return couponId;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof OrderCouponId that
                && Objects.equals(orderId, that.orderId)
                && Objects.equals(couponId, that.couponId);
    }

    @Override
    public int hashCode() {
        return Objects.hash(orderId, couponId);
    }
}
