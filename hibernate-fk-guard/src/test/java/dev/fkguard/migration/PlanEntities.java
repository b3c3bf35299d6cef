package dev.fkguard.migration;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.util.HashSet;
import java.util.Set;

/** The mappings the planner's engine tests check their hand-written schemas against. */
final class PlanEntities {

    private PlanEntities() {
    }

    @Entity(name = "PlanRole")
    @Table(name = "plan_roles")
    static class Role {
        @Id
        Long id;
    }

    /** A {@code Set} join table: its primary key is both key columns, so both are NOT NULL. */
    @Entity(name = "PlanUser")
    @Table(name = "plan_users")
    static class User {
        @Id
        Long id;
        @ManyToMany
        @JoinTable(name = "user_roles", joinColumns = @JoinColumn(name = "user_id"),
                inverseJoinColumns = @JoinColumn(name = "role_id"))
        Set<Role> roles = new HashSet<>();
    }

    @Entity(name = "PlanCustomer")
    @Table(name = "plan_customers")
    static class Customer {
        @Id
        Long id;
    }

    /** A required customer; no @OnDelete. */
    @Entity(name = "PlanOrder")
    @Table(name = "plan_orders")
    static class Order {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "customer_id", nullable = false)
        Customer customer;
        @Column(name = "legacy_account_id")
        Long legacyAccountId;
    }

    /** An optional customer, no @OnDelete; the legacy account is a plain value. */
    @Entity(name = "PlanOptionalOrder")
    @Table(name = "plan_orders")
    static class OptionalOrder {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        Customer customer;
        @Column(name = "legacy_account_id")
        Long legacyAccountId;
    }

    /** A required customer whose deletion deletes the order, in the database. */
    @Entity(name = "PlanCascadeOrder")
    @Table(name = "plan_orders")
    static class CascadeOrder {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "customer_id", nullable = false)
        @OnDelete(action = OnDeleteAction.CASCADE)
        Customer customer;
        @Column(name = "legacy_account_id")
        Long legacyAccountId;
    }

    /** A required customer whose deletion should set it to NULL: contradicts itself, the database cannot do both. */
    @Entity(name = "PlanSetNullOrder")
    @Table(name = "plan_orders")
    static class SetNullOrder {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "customer_id", nullable = false)
        @OnDelete(action = OnDeleteAction.SET_NULL)
        Customer customer;
        @Column(name = "legacy_account_id")
        Long legacyAccountId;
    }

    @Entity(name = "PlanCountry")
    @Table(name = "plan_countries")
    static class Country {
        @Id
        @Column(name = "code", length = 40)
        String code;
    }

    /** References a country by its text key. */
    @Entity(name = "PlanAddress")
    @Table(name = "plan_addresses")
    static class Address {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "country_code")
        Country country;
    }

    /** An optional customer whose join column the schema may lack. */
    @Entity(name = "PlanInvoice")
    @Table(name = "plan_invoices")
    static class Invoice {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "billing_customer_id")
        Customer billingCustomer;
    }

    @Entity(name = "PlanWarehouse")
    @Table(name = "plan_warehouses")
    static class Warehouse {
        @Id
        Long id;
        @Column(name = "code")
        String code;
        @Column(name = "region")
        String region;
    }

    /** References the warehouse by (code, region), which the schema does not keep unique. */
    @Entity(name = "PlanStock")
    @Table(name = "plan_stock")
    static class Stock {
        @Id
        Long id;
        @ManyToOne
        @JoinColumns({@JoinColumn(name = "warehouse_code", referencedColumnName = "code"),
                @JoinColumn(name = "warehouse_region", referencedColumnName = "region")})
        Warehouse warehouse;
    }

    @Entity(name = "PlanAccount")
    @Table(name = "plan_accounts")
    static class Account {
        @Id
        Long id;
    }

    /** Shares its account's id: plan_profiles.account_id references plan_accounts and is referenced by badges. */
    @Entity(name = "PlanProfile")
    @Table(name = "plan_profiles")
    static class Profile {
        @Id
        @Column(name = "account_id")
        Long id;
        @jakarta.persistence.MapsId
        @jakarta.persistence.OneToOne(optional = false)
        @JoinColumn(name = "account_id", foreignKey = @jakarta.persistence.ForeignKey(name = "fk_plan_profiles_account"))
        Account account;
    }

    @Entity(name = "PlanBadge")
    @Table(name = "plan_badges")
    static class Badge {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "profile_id", foreignKey = @jakarta.persistence.ForeignKey(name = "fk_plan_badges_profile"))
        Profile profile;
    }

    @Entity(name = "PlanRegion")
    @Table(name = "plan_regions")
    static class Region {
        @Id
        @Column(name = "code", length = 40)
        String code;
    }

    /** Shares its region's code: plan_offices.region_code references plan_regions and is referenced by stickers. */
    @Entity(name = "PlanOffice")
    @Table(name = "plan_offices")
    static class Office {
        @Id
        @Column(name = "region_code")
        String code;
        @jakarta.persistence.MapsId
        @jakarta.persistence.OneToOne(optional = false)
        @JoinColumn(name = "region_code", foreignKey = @jakarta.persistence.ForeignKey(name = "fk_plan_offices_region"))
        Region region;
    }

    /** References an office with a database-side CASCADE, so a key added back without its rules shows. */
    @Entity(name = "PlanSticker")
    @Table(name = "plan_stickers")
    static class Sticker {
        @Id
        Long id;
        @ManyToOne
        @OnDelete(action = OnDeleteAction.CASCADE)
        @JoinColumn(name = "office_code", foreignKey = @jakarta.persistence.ForeignKey(name = "fk_plan_stickers_office"))
        Office office;
    }
}
