package dev.fkguard.rules.db;

import dev.fkguard.rule.MetaRules;
import dev.fkguard.rules.BuiltInRules;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapsId;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.junit.jupiter.api.Test;

import java.io.Serializable;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every rule page's example finding is what the guard prints for that example: one test per page, named after the
 * rule ({@code missing-foreign-key} → {@code missingForeignKey}), on the engine whose words the page shows, builds
 * the page's mapping and tables and compares the page's finding block with the real output
 * ({@link RulePageExamples}). After an intended change of a rule's words, rerun with
 * {@code -Dfkguard.golden.update=true} to rewrite the blocks, then review the diff.
 */
class RulePageExamplesOnDatabasesTest {

    /** Pages whose example is not yet built here: this list only shrinks. */
    private static final Set<String> NOT_YET_CHECKED = Set.of("any-association", "cascade-delete-fan-out",
            "cascade-remove-to-soft-deleted", "cascade-remove-without-on-delete", "circular-foreign-keys",
            "composite-key-column-order", "deferrable-not-supported", "foreign-key-not-enforced", "formula-join",
            "mapped-view", "no-constraint-key-present", "orphaned-rows", "polymorphic-association",
            "references-non-unique-key", "soft-delete-hard-cascade", "soft-deleted-collection-rows",
            "stale-baseline-entry", "unused-suppression");

    @Test
    void everyPageWithAnExampleFindingHasItsFixtureHere() {
        Set<String> checked = Arrays.stream(RulePageExamplesOnDatabasesTest.class.getDeclaredMethods())
                .filter(m -> m.isAnnotationPresent(AllDatabases.class)).map(Method::getName)
                .collect(Collectors.toCollection(TreeSet::new));
        List<String> problems = new ArrayList<>();
        Stream.concat(BuiltInRules.all().stream().map(r -> r.id().value()),
                        MetaRules.all().stream().map(r -> r.id().value())).sorted().forEach(rule -> {
            boolean shows = RulePageExamples.showsAFinding(rule);
            boolean built = checked.remove(camelCase(rule));
            if (shows && !built && !NOT_YET_CHECKED.contains(rule)) {
                problems.add(rule + ": its page shows a finding, but no test " + camelCase(rule) + " checks it");
            }
            if (built && !shows) {
                problems.add(rule + ": " + camelCase(rule) + " checks a page that shows no finding");
            }
            if (built && NOT_YET_CHECKED.contains(rule)) {
                problems.add(rule + ": checked now, take it off NOT_YET_CHECKED");
            }
        });
        checked.forEach(name -> problems.add(name + ": no rule of that name"));
        assertEquals(List.of(), problems);
    }

    private static String camelCase(String rule) {
        StringBuilder name = new StringBuilder();
        for (String word : rule.split("-")) {
            name.append(name.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1));
        }
        return name.toString();
    }

    // Each example's entities live in a class of their own, so that they carry the names the page shows.

    @Entity
    @Table(name = "customers")
    static class Customer {
        @Id
        Long id;
    }

    static final class MissingKey {
        @Entity
        @Table(name = "orders")
        static class Order {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "coupons")
        static class Coupon {
            @Id
            Long id;
        }

        @Embeddable
        static class OrderCouponId implements Serializable {
            Long orderId;
            Long couponId;
        }

        @Entity
        @Table(name = "order_coupons")
        static class OrderCoupon {
            @EmbeddedId
            OrderCouponId id;
            @ManyToOne(optional = false)
            @MapsId("orderId")
            @JoinColumn(name = "order_id")
            @OnDelete(action = OnDeleteAction.CASCADE)
            Order order;
            @ManyToOne(optional = false)
            @MapsId("couponId")
            @JoinColumn(name = "coupon_id")
            Coupon coupon;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void missingForeignKey(TestDatabase db) {
        db.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY)", "CREATE TABLE coupons (id BIGINT PRIMARY KEY)",
                "CREATE TABLE order_coupons (order_id BIGINT NOT NULL, coupon_id BIGINT NOT NULL,"
                        + " PRIMARY KEY (order_id, coupon_id),"
                        + " FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE)");
        RulePageExamples.assertExample("missing-foreign-key", GuardRun.check(db, MissingKey.Order.class,
                MissingKey.Coupon.class, MissingKey.OrderCoupon.class));
    }

    static final class UnexpectedKey {
        @Entity
        @Table(name = "suppliers")
        static class Supplier {
            @Id
            Long id;
        }

        /** No longer maps legacy_supplier_id. */
        @Entity
        @Table(name = "products")
        static class Product {
            @Id
            Long id;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void unexpectedForeignKey(TestDatabase db) {
        db.execute("CREATE TABLE suppliers (id BIGINT PRIMARY KEY)",
                "CREATE TABLE products (id BIGINT PRIMARY KEY, legacy_supplier_id BIGINT)",
                "ALTER TABLE products ADD CONSTRAINT fk_products_supplier FOREIGN KEY (legacy_supplier_id)"
                        + " REFERENCES suppliers (id)",
                "CREATE INDEX ix_products_supplier ON products (legacy_supplier_id)");
        RulePageExamples.assertExample("unexpected-foreign-key", GuardRun.check(db, UnexpectedKey.Supplier.class,
                UnexpectedKey.Product.class));
    }

    static final class TargetMismatch {
        @Entity
        @Table(name = "reviews")
        static class Review {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "customer_id")
            Customer customer;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void foreignKeyTargetMismatch(TestDatabase db) {
        db.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY)", "CREATE TABLE legacy_users (id BIGINT PRIMARY KEY)",
                "CREATE TABLE reviews (id BIGINT PRIMARY KEY, customer_id BIGINT)",
                "ALTER TABLE reviews ADD CONSTRAINT fk_reviews_customer FOREIGN KEY (customer_id)"
                        + " REFERENCES legacy_users (id)",
                "CREATE INDEX ix_reviews_customer ON reviews (customer_id)");
        RulePageExamples.assertExample("foreign-key-target-mismatch", GuardRun.check(db, Customer.class,
                TargetMismatch.Review.class));
    }

    static final class Nullability {
        @Entity
        @Table(name = "orders")
        static class Order {
            @Id
            Long id;
            @ManyToOne(optional = false)
            @JoinColumn(name = "customer_id", nullable = false)
            Customer customer;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void nullabilityMismatch(TestDatabase db) {
        db.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY)",
                "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT NULL, CONSTRAINT fk_orders_customer"
                        + " FOREIGN KEY (customer_id) REFERENCES customers (id))",
                "CREATE INDEX ix_orders_customer ON orders (customer_id)");
        RulePageExamples.assertExample("nullability-mismatch", GuardRun.check(db, Customer.class,
                Nullability.Order.class));
    }

    static final class UpdateRule {
        @Entity
        @Table(name = "orders")
        static class Order {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "customer_id")
            Customer customer;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void updateRuleMismatch(TestDatabase db) {
        db.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY)",
                "CREATE TABLE orders (id BIGINT PRIMARY KEY, customer_id BIGINT, CONSTRAINT fk_orders_customer"
                        + " FOREIGN KEY (customer_id) REFERENCES customers (id) ON UPDATE CASCADE)",
                "CREATE INDEX ix_orders_customer ON orders (customer_id)");
        RulePageExamples.assertExample("update-rule-mismatch", GuardRun.check(db, Customer.class,
                UpdateRule.Order.class));
    }

    static final class DeleteRule {
        @Entity
        @Table(name = "orders")
        static class Order {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "order_items")
        static class OrderItem {
            @Id
            Long id;
            @ManyToOne(optional = false)
            @JoinColumn(name = "order_id")
            @OnDelete(action = OnDeleteAction.CASCADE)
            Order order;
        }
    }

    /** MySQL's words, as the page says. */
    @AllDatabases(only = Engine.MYSQL)
    void deleteRuleMismatch(TestDatabase db) {
        db.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY)",
                "CREATE TABLE order_items (id BIGINT PRIMARY KEY, order_id BIGINT NOT NULL,"
                        + " CONSTRAINT fk_order_items_order FOREIGN KEY (order_id) REFERENCES orders (id))");
        RulePageExamples.assertExample("delete-rule-mismatch", GuardRun.check(db, DeleteRule.Order.class,
                DeleteRule.OrderItem.class));
    }

    static final class SetNullRequired {
        @Entity
        @Table(name = "reviews")
        static class Review {
            @Id
            Long id;
            @ManyToOne(optional = false)
            @JoinColumn(name = "customer_id", nullable = false)
            @OnDelete(action = OnDeleteAction.SET_NULL)
            Customer customer;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void setNullOnRequiredColumn(TestDatabase db) {
        db.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY)",
                "CREATE TABLE reviews (id BIGINT PRIMARY KEY, customer_id BIGINT NOT NULL, CONSTRAINT"
                        + " fk_reviews_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE SET NULL)",
                "CREATE INDEX ix_reviews_customer ON reviews (customer_id)");
        RulePageExamples.assertExample("set-null-on-required-column", GuardRun.check(db, Customer.class,
                SetNullRequired.Review.class));
    }

    static final class ColumnType {
        @Entity
        @Table(name = "products")
        static class Product {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "reviews")
        static class Review {
            @Id
            Long id;
            @ManyToOne(optional = false)
            @JoinColumn(name = "product_id")
            Product product;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void columnTypeMismatch(TestDatabase db) {
        db.execute("CREATE TABLE products (id BIGINT PRIMARY KEY)",
                "CREATE TABLE reviews (id BIGINT PRIMARY KEY, product_id INT NOT NULL REFERENCES products (id))",
                "CREATE INDEX ix_reviews_product ON reviews (product_id)");
        RulePageExamples.assertExample("column-type-mismatch", GuardRun.check(db, ColumnType.Product.class,
                ColumnType.Review.class));
    }

    static final class MissingIndex {
        @Entity
        @Table(name = "orders")
        static class Order {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "order_items")
        static class OrderItem {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "order_id")
            Order order;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void missingForeignKeyIndex(TestDatabase db) {
        db.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY)",
                "CREATE TABLE order_items (id BIGINT PRIMARY KEY, order_id BIGINT REFERENCES orders (id))");
        RulePageExamples.assertExample("missing-foreign-key-index", GuardRun.check(db, MissingIndex.Order.class,
                MissingIndex.OrderItem.class));
    }

    static final class ConstraintName {
        @Entity
        @Table(name = "parents")
        static class Parent {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "children")
        static class NamedKeyChild {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_child_to_parent"))
            Parent parent;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void constraintNameMismatch(TestDatabase db) {
        db.execute(ShopTables.PARENTS, ShopTables.children(ShopTables.fk("")), ShopTables.PARENT_ID_INDEX);
        RulePageExamples.assertExample("constraint-name-mismatch", GuardRun.check(db, ConstraintName.Parent.class,
                ConstraintName.NamedKeyChild.class));
    }
}
