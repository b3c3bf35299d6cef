package dev.fkguard.report;

import dev.fkguard.ddl.Remedy;
import dev.fkguard.model.AssociationKind;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingIntent;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.ReferentialAction;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Suppression;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import dev.fkguard.rule.Rule;
import dev.fkguard.rule.RuleContext;
import dev.fkguard.rule.RuleId;
import dev.fkguard.rule.Severity;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Hand-built reports for the golden files: a small shop with one key of every kind (agreeing, drifted, missing,
 * only in the database, deliberately unconstrained), a finding on a table alone, and text that needs escaping.
 * Built from models, not from a database, so the files never change with an engine's version.
 */
final class SampleReports {

    static final TableRef CUSTOMERS = TableRef.of("customers");
    static final TableRef ORDERS = TableRef.of("orders");
    static final TableRef ORDER_LINES = TableRef.of("order_lines");
    static final TableRef COUPONS = TableRef.of("coupons");
    static final TableRef ORDER_COUPONS = TableRef.of("order_coupons");
    static final TableRef PRODUCTS = TableRef.of("products");

    static final RuleId MISSING = RuleId.of("missing-foreign-key");
    static final RuleId UNEXPECTED = RuleId.of("unexpected-foreign-key");
    static final RuleId DELETE_RULE = RuleId.of("delete-rule-mismatch");
    static final RuleId TABLE_RULE = RuleId.of("sample-table-rule");

    private SampleReports() {
    }

    static DatabaseInfo database() {
        return new DatabaseInfo(DatabaseKind.POSTGRESQL, "17.11", List.of("public"));
    }

    static ForeignKey key(TableRef table, String column, TableRef target, String targetColumn,
                          ReferentialAction onDelete, Optional<String> name) {
        return new ForeignKey(name, table, List.of(column), target, List.of(targetColumn), onDelete,
                ReferentialAction.NO_ACTION, false, true, true);
    }

    static ExpectedForeignKey expected(ForeignKey key, String entity, String attribute, boolean constraintWanted) {
        MappingIntent intent = new MappingIntent(entity, Optional.of(attribute), AssociationKind.MANY_TO_ONE,
                Optional.empty(), false, false, false, Optional.empty(), constraintWanted);
        return new ExpectedForeignKey(key, intent);
    }

    /** Every kind of finding and edge. */
    static Report drifted() {
        ForeignKey customerWanted = key(ORDERS, "customer_id", CUSTOMERS, "id", ReferentialAction.NO_ACTION,
                Optional.empty());
        ForeignKey customerActual = key(ORDERS, "customer_id", CUSTOMERS, "id", ReferentialAction.CASCADE,
                Optional.of("fk_orders_customer"));
        ForeignKey lineOrder = key(ORDER_LINES, "order_id", ORDERS, "id", ReferentialAction.NO_ACTION,
                Optional.of("fk_order_lines_order"));
        ForeignKey lineProduct = key(ORDER_LINES, "product_sku", PRODUCTS, "sku", ReferentialAction.NO_ACTION,
                Optional.empty());
        ForeignKey couponWanted = key(ORDER_COUPONS, "coupon_id", COUPONS, "id", ReferentialAction.NO_ACTION,
                Optional.empty());
        ForeignKey couponOrder = key(ORDER_COUPONS, "order_id", ORDERS, "id", ReferentialAction.NO_ACTION,
                Optional.of("fk_order_coupons_order"));
        ForeignKey legacy = key(ORDERS, "legacy_customer_id", CUSTOMERS, "id", ReferentialAction.NO_ACTION,
                Optional.of("fk_orders_legacy"));

        MappingModel mapping = new MappingModel(
                Set.of(CUSTOMERS, ORDERS, ORDER_LINES, COUPONS, ORDER_COUPONS),
                List.of(expected(customerWanted, "com.shop.Order", "customer", true),
                        expected(lineOrder, "com.shop.OrderLine", "order", true),
                        expected(lineProduct, "com.shop.OrderLine", "product", false),
                        expected(couponWanted, "com.shop.OrderCoupon", "coupon", true),
                        expected(couponOrder, "com.shop.OrderCoupon", "order", true)),
                List.of(new EntityMapping("com.shop.Customer", CUSTOMERS, Optional.empty()),
                        new EntityMapping("com.shop.Order", ORDERS, Optional.empty()),
                        new EntityMapping("com.shop.OrderLine", ORDER_LINES, Optional.empty()),
                        new EntityMapping("com.shop.Coupon", COUPONS, Optional.empty()),
                        new EntityMapping("com.shop.OrderCoupon", ORDER_COUPONS, Optional.empty())),
                List.of(), List.of());
        SchemaModel schema = new SchemaModel(database(), List.of(),
                List.of(customerActual, lineOrder, couponOrder, legacy));

        List<Finding> findings = List.of(
                new Finding(MISSING, Severity.ERROR, Finding.Location.of(couponWanted),
                        "mapping OrderCoupon.coupon (@ManyToOne) implies this foreign key; the database has none.",
                        "remove orphaned rows first, then add the constraint.",
                        List.of(new Remedy.AddForeignKey(couponWanted, "fk_order_coupons_coupon_id"))),
                new Finding(DELETE_RULE, Severity.WARNING, Finding.Location.of(customerWanted),
                        "the database deletes orders with their customer (ON DELETE CASCADE), the mapping does not"
                                + " expect it.",
                        "make the key NO ACTION.",
                        List.of(new Remedy.ReplaceForeignKey(customerActual, customerWanted))),
                new Finding(UNEXPECTED, Severity.INFO, Finding.Location.of(legacy),
                        "the database has this key, the mapping has no relation on orders.legacy_customer_id.",
                        "drop it, or map the relation.",
                        List.of(new Remedy.DropForeignKey(legacy))),
                new Finding(TABLE_RULE, Severity.WARNING,
                        new Finding.Location(ORDERS, List.of(), Optional.empty(), List.of()),
                        "text with \"quotes\", a back\\slash, <html>, a | pipe, *stars*, `ticks` and a\ttab.",
                        "keep ``` fences intact: ```sql``` is not markup here."));
        return new Report(database(), mapping.foreignKeys().size(), findings, ForeignKeyGraph.of(mapping, schema));
    }

    /**
     * The drifted check after adoption: its key finding accepted by an {@code @FkGuardSuppress}, the rest by the
     * baseline, so nothing is left to act on.
     */
    static Report accepted() {
        Report drifted = drifted();
        Finding missing = drifted.findings().stream().filter(f -> f.rule().equals(MISSING)).findFirst().orElseThrow();
        List<Finding> baselined = drifted.findings().stream().filter(f -> f != missing).toList();
        SuppressedFinding suppressed = new SuppressedFinding(missing, new Suppression("OrderCoupon.coupon",
                ORDER_COUPONS, List.of("coupon_id"), List.of(MISSING.value()), "coupons live in another service"));
        return new Report(database(), drifted.foreignKeysChecked(), List.of(), List.of(suppressed), baselined,
                drifted.graph());
    }

    /** A check that found nothing. */
    static Report clean() {
        return new Report(database(), 4, List.of());
    }

    /** The rules the SARIF golden file describes, with fixed documentation, so rule edits don't change it. */
    static List<Rule> rules() {
        return List.of(rule(MISSING, Severity.ERROR, "A foreign key the mapping implies is missing in the database."),
                rule(UNEXPECTED, Severity.INFO, "The database has a foreign key the mapping knows nothing of."),
                rule(DELETE_RULE, Severity.WARNING, "ON DELETE differs between the mapping and the database."));
    }

    static RuleDocs docs() {
        return RuleDocs.of(Map.of(MISSING, """
                # missing-foreign-key

                ## What it catches
                The mapping implies a foreign key and the database has
                no constraint on those columns.

                ## Fix
                Add the constraint.
                """));
    }

    private static Rule rule(RuleId id, Severity severity, String summary) {
        return new Rule() {
            @Override
            public RuleId id() {
                return id;
            }

            @Override
            public Severity defaultSeverity() {
                return severity;
            }

            @Override
            public String summary() {
                return summary;
            }

            @Override
            public List<Finding> check(RuleContext context) {
                return List.of();
            }
        };
    }
}
