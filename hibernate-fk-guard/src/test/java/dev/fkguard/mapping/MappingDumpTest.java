package dev.fkguard.mapping;

import org.junit.jupiter.api.Test;

class MappingDumpTest {
    @Test
    void dump() {
        var m = Mappings.read(Mappings.H2, dev.fkguard.mapping.shop.Customer.class, dev.fkguard.mapping.shop.PurchaseOrder.class,
                dev.fkguard.mapping.shop.OrderItem.class, dev.fkguard.mapping.shop.Coupon.class, dev.fkguard.mapping.shop.Category.class,
                dev.fkguard.mapping.onetoone.Account.class, dev.fkguard.mapping.onetoone.Profile.class, dev.fkguard.mapping.onetoone.AccountSettings.class,
                dev.fkguard.mapping.onetoone.Album.class, dev.fkguard.mapping.onetoone.Photo.class,
                dev.fkguard.mapping.inheritance.Payment.class, dev.fkguard.mapping.inheritance.CardPayment.class, dev.fkguard.mapping.inheritance.Product.class,
                dev.fkguard.mapping.composite.OrderLine.class, dev.fkguard.mapping.composite.Shipment.class,
                dev.fkguard.mapping.noconstraint.Target.class, dev.fkguard.mapping.noconstraint.EventLog.class,
                dev.fkguard.mapping.schema.Warehouse.class, dev.fkguard.mapping.schema.Bin.class);
        System.err.println("TABLES " + m.tables());
        Mappings.lines(m).forEach(l -> System.err.println("FK " + l));
        var g = Mappings.read(Mappings.H2, java.util.Map.of("hibernate.hbm2ddl.default_constraint_mode", "NO_CONSTRAINT"), dev.fkguard.mapping.shop.Customer.class, dev.fkguard.mapping.shop.PurchaseOrder.class,
                dev.fkguard.mapping.shop.OrderItem.class, dev.fkguard.mapping.shop.Coupon.class, dev.fkguard.mapping.shop.Category.class,
                dev.fkguard.mapping.inheritance.Payment.class, dev.fkguard.mapping.inheritance.CardPayment.class, dev.fkguard.mapping.inheritance.Product.class);
        Mappings.lines(g).forEach(l -> System.err.println("GLOBAL " + l));
    }
}
