package dev.fkguard.rules.db;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.FkGuardSuppress;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.OneToMany;
import org.hibernate.annotations.Any;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JoinFormula;
import org.hibernate.annotations.SoftDelete;
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
    private static final Set<String> NOT_YET_CHECKED = Set.of();

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

    private static FkGuardSettings settings(String... keysAndValues) {
        Map<String, String> properties = new java.util.LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            properties.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return FkGuardSettings.fromProperties(properties, BuiltInRules.all());
    }

    // --- composite-key-column-order, references-non-unique-key, deferrable-not-supported (MySQL's words) --------

    @AllDatabases(only = Engine.MYSQL)
    void compositeKeyColumnOrder(TestDatabase db) {
        // MySQL needs an index led by the referenced columns in the key's order.
        db.execute("CREATE TABLE shipments (region VARCHAR(10) NOT NULL, serial_no BIGINT NOT NULL,"
                        + " PRIMARY KEY (region, serial_no), INDEX ix_shipments_serial_region (serial_no, region))",
                "CREATE TABLE parcels (id BIGINT NOT NULL PRIMARY KEY, shipment_region VARCHAR(10),"
                        + " shipment_serial_no BIGINT, CONSTRAINT fk_parcels_shipment FOREIGN KEY"
                        + " (shipment_serial_no, shipment_region) REFERENCES shipments (serial_no, region))");
        RulePageExamples.assertExample("composite-key-column-order", GuardRun.check(db,
                CatalogRuleEntities.Shipment.class, CatalogRuleEntities.Parcel.class));
    }

    @AllDatabases(only = Engine.MYSQL)
    void referencesNonUniqueKey(TestDatabase db) {
        db.execute("CREATE TABLE coded_parents (id BIGINT NOT NULL PRIMARY KEY, code VARCHAR(20), INDEX (code))",
                "CREATE TABLE children_by_code (id BIGINT NOT NULL PRIMARY KEY, parent_code VARCHAR(20),"
                        + " CONSTRAINT fk_children_code FOREIGN KEY (parent_code) REFERENCES coded_parents (code))");
        RulePageExamples.assertExample("references-non-unique-key", GuardRun.check(db,
                CatalogRuleEntities.CodedParent.class, CatalogRuleEntities.ChildByCode.class));
    }

    @AllDatabases(only = Engine.MYSQL)
    void deferrableNotSupported(TestDatabase db) {
        // MySQL ignores a REFERENCES clause on a column: the keys are table constraints.
        db.execute("CREATE TABLE hens (id BIGINT PRIMARY KEY, egg_id BIGINT NOT NULL)",
                "CREATE TABLE eggs (id BIGINT PRIMARY KEY, hen_id BIGINT NOT NULL, FOREIGN KEY (hen_id) REFERENCES"
                        + " hens (id))",
                "ALTER TABLE hens ADD FOREIGN KEY (egg_id) REFERENCES eggs (id)");
        RulePageExamples.assertExample("deferrable-not-supported", GuardRun.check(db, CatalogRuleEntities.Hen.class,
                CatalogRuleEntities.Egg.class));
    }

    // --- circular-foreign-keys, cascade-delete-fan-out ------------------------------------------------------------

    @AllDatabases(only = Engine.POSTGRESQL)
    void circularForeignKeys(TestDatabase db) {
        db.execute("CREATE TABLE users (id BIGINT NOT NULL PRIMARY KEY, main_wallet_id BIGINT NOT NULL)",
                "CREATE TABLE wallets (id BIGINT NOT NULL PRIMARY KEY, owner_id BIGINT NOT NULL)",
                "ALTER TABLE users ADD CONSTRAINT fk_users_wallet FOREIGN KEY (main_wallet_id) REFERENCES wallets (id)",
                "ALTER TABLE wallets ADD CONSTRAINT fk_wallets_owner FOREIGN KEY (owner_id) REFERENCES users (id)",
                "CREATE INDEX ix_users_wallet ON users (main_wallet_id)",
                "CREATE INDEX ix_wallets_owner ON wallets (owner_id)");
        RulePageExamples.assertExample("circular-foreign-keys", GuardRun.check(db, GraphEntities.User.class,
                GraphEntities.Wallet.class));
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void cascadeDeleteFanOut(TestDatabase db) {
        db.execute("CREATE TABLE customers (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE orders (id BIGINT NOT NULL PRIMARY KEY, customer_id BIGINT NOT NULL, CONSTRAINT"
                        + " fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id) ON DELETE CASCADE)",
                "CREATE TABLE order_items (id BIGINT NOT NULL PRIMARY KEY, order_id BIGINT NOT NULL, CONSTRAINT"
                        + " fk_items_order FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE)",
                "CREATE TABLE item_notes (id BIGINT NOT NULL PRIMARY KEY, item_id BIGINT NOT NULL, CONSTRAINT"
                        + " fk_notes_item FOREIGN KEY (item_id) REFERENCES order_items (id) ON DELETE CASCADE)",
                "CREATE TABLE note_files (id BIGINT NOT NULL PRIMARY KEY, note_id BIGINT NOT NULL, CONSTRAINT"
                        + " fk_files_note FOREIGN KEY (note_id) REFERENCES item_notes (id) ON DELETE CASCADE)");
        RulePageExamples.assertExample("cascade-delete-fan-out", GuardRun.check(db, GraphEntities.Customer.class,
                GraphEntities.Order.class, GraphEntities.OrderItem.class, GraphEntities.ItemNote.class,
                GraphEntities.NoteFile.class));
    }

    // --- no-constraint-key-present -------------------------------------------------------------------------------

    static final class NoConstraint {
        @Entity
        @Table(name = "targets")
        static class Target {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "event_log")
        static class EventLog {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "subject_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
            Target subject;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void noConstraintKeyPresent(TestDatabase db) {
        db.execute("CREATE TABLE targets (id BIGINT PRIMARY KEY)",
                "CREATE TABLE event_log (id BIGINT PRIMARY KEY, subject_id BIGINT)",
                "ALTER TABLE event_log ADD CONSTRAINT fk_event_subject FOREIGN KEY (subject_id) REFERENCES targets (id)",
                "CREATE INDEX ix_event_log_subject ON event_log (subject_id)");
        RulePageExamples.assertExample("no-constraint-key-present", GuardRun.check(db, NoConstraint.Target.class,
                NoConstraint.EventLog.class));
    }

    // --- stale-baseline-entry, unused-suppression ----------------------------------------------------------------

    static final class Accepted {
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
            @OnDelete(action = OnDeleteAction.CASCADE)
            @FkGuardSuppress(rules = "delete-rule-mismatch", reason = "items are purged by the archive job first")
            Order order;
        }

        @Entity
        @Table(name = "order_items")
        static class PlainOrderItem {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "order_id")
            @OnDelete(action = OnDeleteAction.CASCADE)
            Order order;
        }
    }

    private static final String[] ACCEPTED_TABLES = {"CREATE TABLE orders (id BIGINT PRIMARY KEY)",
        "CREATE TABLE order_items (id BIGINT PRIMARY KEY, order_id BIGINT, CONSTRAINT fk_order_items_order"
                + " FOREIGN KEY (order_id) REFERENCES orders (id) ON DELETE CASCADE)",
        "CREATE INDEX ix_order_items_order ON order_items (order_id)"};

    /** The baseline as the page names it, in the working directory: the finding prints the path as configured. */
    @AllDatabases(only = Engine.POSTGRESQL)
    void staleBaselineEntry(TestDatabase db) throws java.io.IOException {
        db.execute(ACCEPTED_TABLES);
        java.nio.file.Path file = java.nio.file.Path.of("fkguard-baseline.txt");
        java.nio.file.Files.writeString(file, "delete-rule-mismatch|order_items|order_id|orders|id\n");
        try {
            RulePageExamples.assertExample("stale-baseline-entry", GuardRun.check(db,
                    settings("hibernate.fkguard.baseline", file.toString()), Accepted.Order.class,
                    Accepted.PlainOrderItem.class));
        } finally {
            java.nio.file.Files.delete(file);
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void unusedSuppression(TestDatabase db) {
        db.execute(ACCEPTED_TABLES);
        RulePageExamples.assertExample("unused-suppression", GuardRun.check(db, Accepted.Order.class,
                Accepted.OrderItem.class));
    }

    // --- cascade-remove-without-on-delete (off by default: the page's example switches it on) --------------------

    static final class OrmCascade {
        @Entity
        @Table(name = "orders")
        static class Order {
            @Id
            Long id;
            @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
            List<OrderItem> items;
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
    void cascadeRemoveWithoutOnDelete(TestDatabase db) {
        db.execute("CREATE TABLE orders (id BIGINT PRIMARY KEY)",
                "CREATE TABLE order_items (id BIGINT PRIMARY KEY, order_id BIGINT, CONSTRAINT fk_order_items_order"
                        + " FOREIGN KEY (order_id) REFERENCES orders (id))",
                "CREATE INDEX ix_order_items_order ON order_items (order_id)");
        RulePageExamples.assertExample("cascade-remove-without-on-delete", GuardRun.check(db,
                settings("hibernate.fkguard.rules.cascade-remove-without-on-delete", "info"), OrmCascade.Order.class,
                OrmCascade.OrderItem.class));
    }

    // --- mapped-view ---------------------------------------------------------------------------------------------

    static final class View {
        @Entity
        @Immutable
        @Table(name = "customer_summary")
        static class CustomerSummary {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "customer_id")
            Customer customer;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void mappedView(TestDatabase db) {
        db.execute("CREATE TABLE customers (id BIGINT PRIMARY KEY)",
                "CREATE VIEW customer_summary AS SELECT id, id AS customer_id FROM customers");
        RulePageExamples.assertExample("mapped-view", GuardRun.check(db, Customer.class, View.CustomerSummary.class));
    }

    // --- soft deletes --------------------------------------------------------------------------------------------

    static final class SoftAuthor {
        @Entity
        @SoftDelete
        @Table(name = "authors")
        static class Author {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "books")
        static class Book {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "author_id")
            Author author;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void softDeleteHardCascade(TestDatabase db) {
        db.execute("CREATE TABLE authors (id BIGINT PRIMARY KEY, deleted BOOLEAN NOT NULL)",
                "CREATE TABLE books (id BIGINT PRIMARY KEY, author_id BIGINT REFERENCES authors (id) ON DELETE CASCADE)",
                "CREATE INDEX ix_books_author ON books (author_id)");
        RulePageExamples.assertExample("soft-delete-hard-cascade", GuardRun.check(db, SoftAuthor.Author.class,
                SoftAuthor.Book.class));
    }

    static final class SoftTopics {
        @Entity
        @Table(name = "forums")
        static class Forum {
            @Id
            Long id;
            @OneToMany(mappedBy = "forum", cascade = CascadeType.REMOVE)
            List<Topic> topics;
        }

        @Entity
        @SoftDelete
        @Table(name = "topics")
        static class Topic {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "forum_id")
            Forum forum;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void cascadeRemoveToSoftDeleted(TestDatabase db) {
        db.execute("CREATE TABLE forums (id BIGINT PRIMARY KEY)",
                "CREATE TABLE topics (id BIGINT PRIMARY KEY, forum_id BIGINT, deleted BOOLEAN NOT NULL,"
                        + " CONSTRAINT fk_topics_forum FOREIGN KEY (forum_id) REFERENCES forums (id))",
                "CREATE INDEX ix_topics_forum ON topics (forum_id)");
        RulePageExamples.assertExample("cascade-remove-to-soft-deleted", GuardRun.check(db, SoftTopics.Forum.class,
                SoftTopics.Topic.class));
    }

    static final class SoftTags {
        @Entity
        @Table(name = "albums")
        static class Album {
            @Id
            Long id;
            @ElementCollection
            @CollectionTable(name = "album_tags", joinColumns = @JoinColumn(name = "album_id"))
            @SoftDelete
            List<String> tags;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void softDeletedCollectionRows(TestDatabase db) {
        db.execute("CREATE TABLE albums (id BIGINT PRIMARY KEY)",
                "CREATE TABLE album_tags (album_id BIGINT NOT NULL, tags VARCHAR(255), deleted BOOLEAN NOT NULL,"
                        + " CONSTRAINT fk_album_tags_album FOREIGN KEY (album_id) REFERENCES albums (id))",
                "CREATE INDEX ix_album_tags_album ON album_tags (album_id)");
        RulePageExamples.assertExample("soft-deleted-collection-rows", GuardRun.check(db, SoftTags.Album.class));
    }

    // --- polymorphic-association, any-association, formula-join --------------------------------------------------

    static final class Polymorphic {
        @Entity
        @Table(name = "notes")
        static class Note {
            @Id
            Long id;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void polymorphicAssociation(TestDatabase db) {
        db.execute("CREATE TABLE notes (id BIGINT PRIMARY KEY, subject_type VARCHAR(20), subject_id BIGINT)");
        RulePageExamples.assertExample("polymorphic-association", GuardRun.check(db, Polymorphic.Note.class));
    }

    static final class AnyTarget {
        interface Attachable {
        }

        @Entity
        @Table(name = "posts")
        static class Post implements Attachable {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "photos")
        static class Photo implements Attachable {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "comments")
        static class Comment {
            @Id
            Long id;
            @Any
            @AnyKeyJavaClass(Long.class)
            @AnyDiscriminatorValue(discriminator = "POST", entity = Post.class)
            @AnyDiscriminatorValue(discriminator = "PHOTO", entity = Photo.class)
            @Column(name = "target_type")
            @JoinColumn(name = "target_id")
            Attachable target;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void anyAssociation(TestDatabase db) {
        db.execute("CREATE TABLE posts (id BIGINT PRIMARY KEY)", "CREATE TABLE photos (id BIGINT PRIMARY KEY)",
                "CREATE TABLE comments (id BIGINT PRIMARY KEY, target_type VARCHAR(255), target_id BIGINT)");
        RulePageExamples.assertExample("any-association", GuardRun.check(db, AnyTarget.Post.class,
                AnyTarget.Photo.class, AnyTarget.Comment.class));
    }

    static final class Formula {
        @Entity
        @Table(name = "people")
        static class Person {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "pets")
        static class Pet {
            @Id
            Long id;
            @Column(name = "owner_ref")
            Long ownerRef;
            @ManyToOne
            @JoinFormula("owner_ref")
            Person owner;
        }
    }

    /** The page shows both cases: without a key on the formula's column, and with one. */
    @AllDatabases(only = Engine.POSTGRESQL)
    void formulaJoin(TestDatabase db) {
        db.execute("CREATE TABLE people (id BIGINT PRIMARY KEY)",
                "CREATE TABLE pets (id BIGINT PRIMARY KEY, owner_ref BIGINT)",
                "CREATE INDEX ix_pets_owner ON pets (owner_ref)");
        dev.fkguard.report.Report without = GuardRun.check(db, Formula.Person.class, Formula.Pet.class);
        db.execute("ALTER TABLE pets ADD CONSTRAINT fk_pets_owner_ref FOREIGN KEY (owner_ref) REFERENCES people (id)");
        RulePageExamples.assertExample("formula-join", without, GuardRun.check(db, Formula.Person.class,
                Formula.Pet.class));
    }

    // --- foreign-key-not-enforced (MySQL), orphaned-rows ---------------------------------------------------------

    static final class NotEnforced {
        @Entity
        @Table(name = "coupons")
        static class Coupon {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "order_coupons")
        static class OrderCoupon {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "coupon_id")
            Coupon coupon;
        }
    }

    /**
     * The page shows both cases: a MyISAM table (InnoDB cannot reference it, so the key is missing too), and the
     * server's global foreign_key_checks off, which is server-wide: restored in {@code finally}.
     */
    @AllDatabases(only = Engine.MYSQL)
    void foreignKeyNotEnforced(TestDatabase db) {
        db.execute("CREATE TABLE coupons (id BIGINT PRIMARY KEY) ENGINE=MyISAM",
                "CREATE TABLE order_coupons (id BIGINT PRIMARY KEY, coupon_id BIGINT, INDEX ix_order_coupons_coupon"
                        + " (coupon_id))");
        dev.fkguard.report.Report myIsam = GuardRun.check(db, NotEnforced.Coupon.class, NotEnforced.OrderCoupon.class);
        db.execute("ALTER TABLE coupons ENGINE=InnoDB", "ALTER TABLE order_coupons ADD CONSTRAINT"
                + " fk_order_coupons_coupon FOREIGN KEY (coupon_id) REFERENCES coupons (id)");
        dev.fkguard.report.Report checksOff;
        try {
            db.server().executeAsAdmin("SET GLOBAL foreign_key_checks = 0");
            checksOff = GuardRun.check(db, NotEnforced.Coupon.class, NotEnforced.OrderCoupon.class);
        } finally {
            db.server().executeAsAdmin("SET GLOBAL foreign_key_checks = 1");
        }
        RulePageExamples.assertExample("foreign-key-not-enforced", myIsam, checksOff);
    }

    /** In PostgreSQL's public schema, as the page shows it (each test's own schema has a generated name). */
    static final class Orphans {
        @Entity
        @Table(name = "parents", schema = "public")
        static class Parent {
            @Id
            Long id;
        }

        @Entity
        @Table(name = "children", schema = "public")
        static class Child {
            @Id
            Long id;
            @ManyToOne
            @JoinColumn(name = "parent_id")
            Parent parent;
        }
    }

    @AllDatabases(only = Engine.POSTGRESQL)
    void orphanedRows(TestDatabase db) {
        try {
            db.execute("CREATE TABLE public.parents (id BIGINT PRIMARY KEY)",
                    "CREATE TABLE public.children (id BIGINT PRIMARY KEY, parent_id BIGINT)",
                    "CREATE INDEX ix_children_parent ON public.children (parent_id)",
                    "INSERT INTO public.parents (id) VALUES (1)",
                    "INSERT INTO public.children (id, parent_id) VALUES (1, 1), (2, 99), (3, 98), (4, NULL)");
            RulePageExamples.assertExample("orphaned-rows", GuardRun.check(db,
                    settings("hibernate.fkguard.data-checks", "true"), Orphans.Parent.class, Orphans.Child.class));
        } finally {
            db.execute("DROP TABLE IF EXISTS public.children", "DROP TABLE IF EXISTS public.parents");
        }
    }
}
