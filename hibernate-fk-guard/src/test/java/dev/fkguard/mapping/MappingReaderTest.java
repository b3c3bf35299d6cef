package dev.fkguard.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fkguard.mapping.composite.OrderLine;
import dev.fkguard.mapping.composite.Shipment;
import dev.fkguard.mapping.inheritance.CardPayment;
import dev.fkguard.mapping.inheritance.Payment;
import dev.fkguard.mapping.inheritance.Product;
import dev.fkguard.mapping.noconstraint.EventLog;
import dev.fkguard.mapping.noconstraint.Target;
import dev.fkguard.mapping.onetoone.Account;
import dev.fkguard.mapping.onetoone.AccountSettings;
import dev.fkguard.mapping.onetoone.Album;
import dev.fkguard.mapping.onetoone.Photo;
import dev.fkguard.mapping.onetoone.Profile;
import dev.fkguard.mapping.schema.Bin;
import dev.fkguard.mapping.schema.Warehouse;
import dev.fkguard.mapping.shop.Category;
import dev.fkguard.mapping.shop.Coupon;
import dev.fkguard.mapping.shop.Customer;
import dev.fkguard.mapping.shop.OrderItem;
import dev.fkguard.mapping.shop.PurchaseOrder;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.TableRef;

class MappingReaderTest {

    private static final Class<?>[] SHOP = {
            Customer.class, PurchaseOrder.class, OrderItem.class, Coupon.class, Category.class};

    private static final List<String> SHOP_FKS = List.of(
            "categories(parent_category_id) -> categories(id) | MANY_TO_ONE Category.parent"
                    + " | onDelete=SET_NULL wanted nullable",
            "order_coupons(coupon_id) -> coupons(id) | JOIN_TABLE PurchaseOrder.coupons | onDelete=NO_ACTION wanted",
            "order_coupons(order_id) -> orders(id) | JOIN_TABLE PurchaseOrder.coupons"
                    + " | onDelete=NO_ACTION name=fk_order_coupons_order wanted cascade",
            "order_items(order_id) -> orders(id) | MANY_TO_ONE OrderItem.order"
                    + " | onDelete=NO_ACTION wanted nullable cascade orphan",
            "order_tags(order_id) -> orders(id) | ELEMENT_COLLECTION PurchaseOrder.tags"
                    + " | onDelete=NO_ACTION wanted cascade",
            "orders(customer_id) -> customers(id) | MANY_TO_ONE PurchaseOrder.customer"
                    + " | onDelete=CASCADE name=fk_orders_customer wanted");

    @ParameterizedTest
    @ValueSource(strings = {Mappings.H2, Mappings.POSTGRESQL, Mappings.MYSQL})
    void shopMappingIsTheSameOnEveryDialect(String dialect) {
        MappingModel model = Mappings.read(dialect, SHOP);

        assertEquals(SHOP_FKS, Mappings.lines(model));
        assertEquals(Set.of(TableRef.of("customers"), TableRef.of("orders"), TableRef.of("order_items"),
                TableRef.of("coupons"), TableRef.of("order_coupons"), TableRef.of("order_tags"),
                TableRef.of("categories")), model.tables());
    }

    @Test
    void oneToOneMapsIdAndUnidirectionalOneToMany() {
        MappingModel model = Mappings.read(Mappings.H2,
                Account.class, Profile.class, AccountSettings.class, Album.class, Photo.class);

        assertEquals(List.of(
                "account_settings(account_id) -> accounts(id) | ONE_TO_ONE AccountSettings.account"
                        + " | onDelete=NO_ACTION wanted",
                "photos(album_id) -> albums(id) | ONE_TO_MANY_JOIN_COLUMN Album.photos"
                        + " | onDelete=NO_ACTION wanted nullable cascade",
                // cascade/orphan come from the inverse @OneToOne(mappedBy) on Account
                "profiles(account_id) -> accounts(id) | ONE_TO_ONE Profile.account"
                        + " | onDelete=NO_ACTION wanted cascade orphan"),
                Mappings.lines(model));
    }

    @Test
    void joinedInheritanceAndSecondaryTable() {
        MappingModel model = Mappings.read(Mappings.POSTGRESQL, Payment.class, CardPayment.class, Product.class);

        assertEquals(List.of(
                "card_payments(payment_id) -> payments(id) | INHERITANCE CardPayment | onDelete=CASCADE wanted",
                "product_details(product_id) -> products(id) | SECONDARY_TABLE Product | onDelete=NO_ACTION wanted"),
                Mappings.lines(model));
        assertEquals(Set.of(TableRef.of("payments"), TableRef.of("card_payments"), TableRef.of("products"),
                TableRef.of("product_details")), model.tables());
    }

    /**
     * A to-one and an embeddable's to-one in a secondary table: {@code getProperties()} holds the join's properties,
     * so the walker finds each key once without walking the join a second time.
     */
    @ParameterizedTest
    @ValueSource(strings = {Mappings.H2, Mappings.POSTGRESQL, Mappings.MYSQL})
    void relationsInASecondaryTableAreReadOnce(String dialect) {
        MappingModel model = Mappings.read(dialect, dev.fkguard.mapping.suppressedembedded.Depot.class,
                dev.fkguard.mapping.suppressedembedded.Country.class);

        assertEquals(List.of(
                "depot_sites(country_id) -> countries(id) | MANY_TO_ONE Depot.site.country | onDelete=NO_ACTION wanted nullable",
                "depot_sites(customs_country_id) -> countries(id) | MANY_TO_ONE Depot.customs | onDelete=NO_ACTION wanted nullable",
                "depot_sites(depot_id) -> depots(id) | SECONDARY_TABLE Depot | onDelete=NO_ACTION wanted"),
                Mappings.lines(model));
    }

    @Test
    void compositeForeignKeyPairsEachColumnWithItsReferencedColumn() {
        MappingModel model = Mappings.read(Mappings.MYSQL, OrderLine.class, Shipment.class);

        assertEquals(List.of(
                "shipments(order_id,line_no) -> order_lines(order_id,line_no) | MANY_TO_ONE Shipment.line"
                        + " | onDelete=NO_ACTION wanted nullable"),
                Mappings.lines(model));
    }

    @Test
    void noConstraintAndNotFoundKeepTheRelationWithoutWantingAConstraint() {
        MappingModel model = Mappings.read(Mappings.H2, Target.class, EventLog.class);

        assertEquals(List.of(
                "event_log(lenient_id) -> targets(id) | MANY_TO_ONE EventLog.lenient"
                        + " | onDelete=NO_ACTION no-constraint nullable",
                "event_log(required_id) -> targets(id) | MANY_TO_ONE EventLog.required"
                        + " | onDelete=NO_ACTION wanted nullable",
                "event_log(subject_id) -> targets(id) | MANY_TO_ONE EventLog.subject"
                        + " | onDelete=NO_ACTION no-constraint nullable",
                "event_targets(event_id) -> event_log(id) | JOIN_TABLE EventLog.targets"
                        + " | onDelete=NO_ACTION no-constraint cascade",
                "event_targets(target_id) -> targets(id) | JOIN_TABLE EventLog.targets"
                        + " | onDelete=NO_ACTION no-constraint"),
                Mappings.lines(model));
    }

    @Test
    void globalDefaultConstraintModeTurnsEveryConstraintOff() {
        MappingModel model = Mappings.read(Mappings.H2,
                Map.of("hibernate.hbm2ddl.default_constraint_mode", "NO_CONSTRAINT"),
                Customer.class, PurchaseOrder.class, OrderItem.class, Coupon.class, Category.class,
                Payment.class, CardPayment.class, Product.class);

        // Hibernate applies the global mode to explicitly named FKs too, and then drops their name.
        assertEquals(List.of(
                "card_payments(payment_id) -> payments(id) | INHERITANCE CardPayment | onDelete=CASCADE no-constraint",
                "categories(parent_category_id) -> categories(id) | MANY_TO_ONE Category.parent"
                        + " | onDelete=SET_NULL no-constraint nullable",
                "order_coupons(coupon_id) -> coupons(id) | JOIN_TABLE PurchaseOrder.coupons"
                        + " | onDelete=NO_ACTION no-constraint",
                "order_coupons(order_id) -> orders(id) | JOIN_TABLE PurchaseOrder.coupons"
                        + " | onDelete=NO_ACTION no-constraint cascade",
                "order_items(order_id) -> orders(id) | MANY_TO_ONE OrderItem.order"
                        + " | onDelete=NO_ACTION no-constraint nullable cascade orphan",
                "order_tags(order_id) -> orders(id) | ELEMENT_COLLECTION PurchaseOrder.tags"
                        + " | onDelete=NO_ACTION no-constraint cascade",
                "orders(customer_id) -> customers(id) | MANY_TO_ONE PurchaseOrder.customer"
                        + " | onDelete=CASCADE no-constraint",
                "product_details(product_id) -> products(id) | SECONDARY_TABLE Product"
                        + " | onDelete=NO_ACTION no-constraint"),
                Mappings.lines(model));
    }

    @Test
    void schemaNamedByTheMappingIsKept() {
        MappingModel model = Mappings.read(Mappings.POSTGRESQL, Warehouse.class, Bin.class);

        assertEquals(List.of("stock.bins(warehouse_id) -> stock.warehouses(id) | MANY_TO_ONE Bin.warehouse"
                + " | onDelete=NO_ACTION wanted nullable"), Mappings.lines(model));
        TableRef bins = model.foreignKeys().get(0).key().table();
        assertEquals(java.util.Optional.of("stock"), bins.schema());
        assertTrue(model.tables().stream().allMatch(t -> t.schema().equals(java.util.Optional.of("stock"))));
    }

    @Test
    void generatedConstraintNamesAreNotReported() {
        MappingModel model = Mappings.read(Mappings.H2, SHOP);

        List<String> names = model.foreignKeys().stream()
                .flatMap(fk -> fk.key().name().stream()).sorted().toList();
        assertEquals(List.of("fk_order_coupons_order", "fk_orders_customer"), names);
    }

    @Test
    void everythingAtOnceIsSortedByTableThenColumns() {
        MappingModel model = Mappings.read(Mappings.H2, Customer.class, PurchaseOrder.class, OrderItem.class,
                Coupon.class, Category.class, Target.class, EventLog.class, OrderLine.class, Shipment.class,
                Account.class, Profile.class, AccountSettings.class, Album.class, Photo.class);

        List<String> keys = model.foreignKeys().stream()
                .map(fk -> fk.key().table().name() + "(" + String.join(",", fk.key().columns()) + ")").toList();
        assertEquals(keys.stream().sorted().toList(), keys);
        assertEquals(15, keys.size());
        assertEquals(Mappings.lines(model), Mappings.lines(Mappings.read(Mappings.H2, Photo.class, Album.class,
                AccountSettings.class, Profile.class, Account.class, Shipment.class, OrderLine.class,
                EventLog.class, Target.class, Category.class, Coupon.class, OrderItem.class, PurchaseOrder.class,
                Customer.class)));
    }

    @Test
    void toOnesInsideEmbeddablesAndSharedPrimaryKeyOneToOne() {
        MappingModel model = Mappings.read(Mappings.H2, dev.fkguard.mapping.embedded.Person.class,
                dev.fkguard.mapping.embedded.Team.class, dev.fkguard.mapping.embedded.Passport.class);

        assertEquals(List.of(
                "passports(id) -> people(id) | ONE_TO_ONE Passport.holder | onDelete=NO_ACTION wanted",
                "team_members(person_id) -> people(id) | ELEMENT_COLLECTION Team.members.person"
                        + " | onDelete=NO_ACTION wanted nullable",
                "team_members(team_id) -> teams(id) | ELEMENT_COLLECTION Team.members"
                        + " | onDelete=NO_ACTION wanted cascade",
                "teams(lead_id) -> people(id) | MANY_TO_ONE Team.lead.person | onDelete=NO_ACTION wanted nullable"),
                Mappings.lines(model));
    }
    @ParameterizedTest
    @ValueSource(strings = {Mappings.H2, Mappings.POSTGRESQL, Mappings.MYSQL})
    void formulaJoinsImplyNoKeyAndAreListedApart(String dialect) {
        MappingModel model = Mappings.read(dialect, dev.fkguard.mapping.formula.Person.class,
                dev.fkguard.mapping.formula.Pet.class);

        assertEquals(List.of("pets(vet_id) -> people(id) | MANY_TO_ONE Pet.vet | onDelete=NO_ACTION wanted nullable"),
                Mappings.lines(model));
        assertEquals(List.of("Pet.keeper @ManyToOne pets -> people [upper(keeper_code)]",
                        "Pet.owner @ManyToOne pets -> people [owner_ref]"),
                model.formulaJoins().stream().map(j -> j.source() + " " + j.kind() + " " + j.table().name() + " -> "
                        + j.targetTable().name() + " " + j.selectables()).toList());
    }

    /**
     * An optional @ManyToOne writes basket_id; the read-only @OneToMany claiming it NOT NULL (walked first: Basket
     * sorts before Egg) must neither decide its nullability nor be the mapping the key is reported for.
     */
    @Test
    void aReadOnlyOneToManyNeverDecidesTheNullabilityOfTheKeyItDuplicates() {
        MappingModel model = Mappings.read(Mappings.H2, dev.fkguard.mapping.readonly.Basket.class,
                dev.fkguard.mapping.readonly.Egg.class);

        assertEquals(List.of("ro_eggs(basket_id) -> ro_baskets(id) | MANY_TO_ONE Egg.basket"
                + " | onDelete=NO_ACTION wanted nullable"), Mappings.lines(model));
    }

    /** Basic NOT NULL columns re-used by a read-only optional to-one: the basic columns decide, the key is required. */
    @Test
    void basicColumnsReusedUnderReadOnlyJoinColumnsDecideTheNullability() {
        MappingModel model = Mappings.read(Mappings.POSTGRESQL, dev.fkguard.mapping.readonly.Region.class,
                dev.fkguard.mapping.readonly.Store.class);

        assertEquals(List.of("ro_stores(region_code,country) -> ro_regions(code,country) | MANY_TO_ONE Store.region"
                + " | onDelete=NO_ACTION wanted"), Mappings.lines(model));
    }

    /**
     * hbm.xml is read as exactly as annotations: on-delete on {@code <key>}, not-null on {@code <key>} and on a nested
     * {@code <column>}; the classic pair of a writable {@code <key not-null="true">} and a read-only
     * {@code <many-to-one insert="false" update="false">} takes its nullability from the key.
     */
    @ParameterizedTest
    @ValueSource(strings = {Mappings.H2, Mappings.POSTGRESQL, Mappings.MYSQL})
    void hbmXmlKeysOnDeleteAndNotNullAreReadLikeAnnotations(String dialect) {
        MappingModel model = Mappings.readHbm(dialect, "dev/fkguard/mapping/hbm/hbm-model.xml");

        assertEquals(List.of(
                "hbm_lines(order_id) -> hbm_orders(id) | MANY_TO_ONE HbmLine.order | onDelete=CASCADE wanted cascade",
                "hbm_lines(product_id) -> hbm_products(id) | MANY_TO_ONE HbmLine.product | onDelete=NO_ACTION wanted",
                "hbm_notes(order_id) -> hbm_orders(id) | ONE_TO_MANY_JOIN_COLUMN HbmOrder.notes"
                        + " | onDelete=NO_ACTION wanted",
                "hbm_tags(order_id) -> hbm_orders(id) | ELEMENT_COLLECTION HbmOrder.tags | onDelete=NO_ACTION wanted cascade"),
                Mappings.lines(model));
    }

    /**
     * A rule from hbm.xml is named as written there, {@code on-delete="cascade"} in its file, never as
     * {@code @OnDelete}; an annotated one stays {@code @OnDelete(CASCADE)}. Both lines keep the hbm.xml origin.
     */
    @Test
    void anHbmXmlRuleIsNamedAsWrittenInItsFile() {
        MappingModel hbm = Mappings.readHbm(Mappings.H2, "dev/fkguard/mapping/hbm/hbm-model.xml");
        List<String> declared = hbm.foreignKeys().stream()
                .filter(expected -> expected.intent().onDelete().isPresent())
                .map(expected -> expected.intent().source() + ": "
                        + expected.intent().onDeleteSite().declared(expected.intent().onDelete().get()))
                .toList();
        assertEquals(List.of("HbmLine.order: on-delete=\"cascade\" in dev/fkguard/mapping/hbm/hbm-model.xml"),
                declared);

        MappingModel annotated = Mappings.read(Mappings.H2, dev.fkguard.mapping.shop.Category.class);
        assertEquals(List.of("@OnDelete(SET_NULL)"), annotated.foreignKeys().stream()
                .filter(expected -> expected.intent().onDelete().isPresent())
                .map(expected -> expected.intent().onDeleteSite().declared(expected.intent().onDelete().get()))
                .toList());
    }
}
