package dev.fkguard.migration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.Index;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.UniqueConstraint;

import java.io.Serializable;
import java.util.HashSet;
import java.util.Set;

/**
 * The shop of the round trip's planted compound cases: a {@code Set} join table (its primary key is both key
 * columns), a key to two non-primary columns kept unique, a table with two keys to one table, and a text key. Every
 * foreign key column is led by an index, so the schema Hibernate creates is clean on every engine.
 */
final class PlantedDriftEntities {

    private PlantedDriftEntities() {
    }

    static final Class<?>[] ALL = {Customer.class, Invoice.class, Tag.class, Post.class, Warehouse.class,
            Supplier.class, Stock.class, Country.class, Address.class};

    @Entity(name = "PdCustomer")
    @Table(name = "customers")
    static class Customer {
        @Id
        Long id;
    }

    /** Two keys to customers: one required, one optional whose column a drift drops. */
    @Entity(name = "PdInvoice")
    @Table(name = "invoices", indexes = {@Index(name = "ix_invoices_customer", columnList = "customer_id"),
            @Index(name = "ix_invoices_billing", columnList = "billing_customer_id")})
    static class Invoice {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "customer_id", nullable = false, foreignKey = @ForeignKey(name = "fk_invoices_customer"))
        Customer customer;
        @ManyToOne
        @JoinColumn(name = "billing_customer_id", foreignKey = @ForeignKey(name = "fk_invoices_billing"))
        Customer billingCustomer;
    }

    @Entity(name = "PdTag")
    @Table(name = "tags")
    static class Tag {
        @Id
        Long id;
    }

    /** A {@code Set} maps to a join table whose primary key is (post_id, tag_id): both columns NOT NULL. */
    @Entity(name = "PdPost")
    @Table(name = "posts")
    static class Post {
        @Id
        Long id;
        @ManyToMany
        @JoinTable(name = "post_tags", joinColumns = @JoinColumn(name = "post_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id"),
                foreignKey = @ForeignKey(name = "fk_post_tags_post"),
                inverseForeignKey = @ForeignKey(name = "fk_post_tags_tag"),
                indexes = @Index(name = "ix_post_tags_tag", columnList = "tag_id"))
        Set<Tag> tags = new HashSet<>();
    }

    /** Referenced by (code, region), which the schema keeps unique until a drift drops that. */
    @Entity(name = "PdWarehouse")
    @Table(name = "warehouses", uniqueConstraints = @UniqueConstraint(name = "uk_warehouses_code_region",
            columnNames = {"code", "region"}))
    static class Warehouse implements Serializable {
        private static final long serialVersionUID = 1L;
        @Id
        Long id;
        @Column(name = "code", length = 20)
        String code;
        @Column(name = "region", length = 20)
        String region;
    }

    @Entity(name = "PdSupplier")
    @Table(name = "suppliers")
    static class Supplier {
        @Id
        Long id;
    }

    @Entity(name = "PdStock")
    @Table(name = "stock", indexes = {@Index(name = "ix_stock_warehouse", columnList = "warehouse_code, warehouse_region"),
            @Index(name = "ix_stock_supplier", columnList = "supplier_id")})
    static class Stock {
        @Id
        Long id;
        @ManyToOne
        @JoinColumns(value = {@JoinColumn(name = "warehouse_code", referencedColumnName = "code"),
                @JoinColumn(name = "warehouse_region", referencedColumnName = "region")},
                foreignKey = @ForeignKey(name = "fk_stock_warehouse"))
        Warehouse warehouse;
        @ManyToOne(optional = false)
        @JoinColumn(name = "supplier_id", nullable = false, foreignKey = @ForeignKey(name = "fk_stock_supplier"))
        Supplier supplier;
    }

    @Entity(name = "PdCountry")
    @Table(name = "countries")
    static class Country {
        @Id
        @Column(name = "code", length = 40)
        String code;
    }

    /** A required text key: drifts give its column a default, a comment and (MySQL, MariaDB) a character set. */
    @Entity(name = "PdAddress")
    @Table(name = "addresses", indexes = @Index(name = "ix_addresses_country", columnList = "country_code"))
    static class Address {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "country_code", nullable = false, foreignKey = @ForeignKey(name = "fk_addresses_country"))
        Country country;
    }
}
