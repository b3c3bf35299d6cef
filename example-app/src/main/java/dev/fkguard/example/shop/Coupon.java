package dev.fkguard.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A discount code. A coupon that was ever redeemed cannot be deleted (RESTRICT from order_coupons). */
@Entity
@Table(name = "coupons")
public class Coupon {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "discount_percent", nullable = false)
    private int discountPercent;

    @Column(name = "expires_at")
    private LocalDate expiresAt;

    protected Coupon() {
    }

    public Coupon(String code, int discountPercent, LocalDate expiresAt) {
        this.code = code;
        this.discountPercent = discountPercent;
        this.expiresAt = expiresAt;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public int getDiscountPercent() {
        return discountPercent;
    }

    public LocalDate getExpiresAt() {
        return expiresAt;
    }
}
