package dev.fkguard.example.shop;

import java.util.List;

/** Every entity of the shop, for a bootstrap without classpath scanning. */
public final class ShopEntities {

    private ShopEntities() {
    }

    public static List<Class<?>> all() {
        return List.of(
                Customer.class,
                Category.class,
                Product.class,
                Order.class,
                OrderItem.class,
                Review.class,
                Coupon.class,
                OrderCoupon.class,
                Shipment.class,
                OrderEvent.class);
    }
}
