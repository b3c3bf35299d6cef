package dev.fkguard.example.shop;

/** Where an order stands. */
public enum OrderStatus {
    NEW,
    PAID,
    SHIPPED,
    CANCELLED
}
