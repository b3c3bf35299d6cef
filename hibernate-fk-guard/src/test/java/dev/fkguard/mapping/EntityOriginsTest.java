package dev.fkguard.mapping;

import dev.fkguard.mapping.shop.Category;
import dev.fkguard.mapping.shop.Coupon;
import dev.fkguard.mapping.shop.Customer;
import dev.fkguard.mapping.shop.OrderItem;
import dev.fkguard.mapping.shop.PurchaseOrder;
import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.EntityOrigin;
import dev.fkguard.model.MappingModel;
import dev.fkguard.report.SourceFile;
import dev.fkguard.report.SourceLocator;
import dev.fkguard.support.RepositoryRoot;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Where Hibernate's boot model says an entity was mapped, and the file and line reports name from it. The root is
 * given (this repository's), so the test reads the same when its classes come from a jar outside the repository
 * (the Hibernate 7 module runs it from the library's test-jar).
 */
class EntityOriginsTest {

    private static final Class<?>[] SHOP = {
            Customer.class, PurchaseOrder.class, OrderItem.class, Coupon.class, Category.class};

    private static Path repositoryRoot() {
        return RepositoryRoot.get();
    }

    private static EntityOrigin origin(MappingModel model, String entity) {
        return model.entities().stream().filter(e -> e.entity().equals(entity)).map(EntityMapping::origin)
                .findFirst().orElseThrow();
    }

    @Test
    void anAnnotatedEntityKnowsItsClassesAndWhereTheyWereLoadedFromButNoMappingFile() {
        MappingModel model = Mappings.read(Mappings.H2, SHOP);
        EntityOrigin order = origin(model, PurchaseOrder.class.getName());
        assertEquals(PurchaseOrder.class.getName(), order.classes().get(0));
        assertEquals(Optional.empty(), order.mappingFile());
        assertTrue(order.codeSource().isPresent(), order::toString);

        SourceLocator sources = SourceLocator.of(model, Optional.of(repositoryRoot()));
        SourceFile file = sources.locate(PurchaseOrder.class.getName(), Optional.of("customer")).orElseThrow();
        assertEquals("hibernate-fk-guard/src/test/java/dev/fkguard/mapping/shop/PurchaseOrder.java", file.path());
        assertEquals(Optional.of(29), file.line());
    }

    @Test
    void anHbmXmlEntityKnowsItsMappingFileAndIsNamedByIt() {
        MappingModel model = Mappings.readHbm(Mappings.H2, "dev/fkguard/mapping/hbm/hbm-model.xml");
        EntityOrigin line = origin(model, "dev.fkguard.mapping.hbm.HbmLine");
        assertEquals(Optional.of("dev/fkguard/mapping/hbm/hbm-model.xml"), line.mappingFile());

        SourceLocator sources = SourceLocator.of(model, Optional.of(repositoryRoot()));
        assertEquals(Optional.of(new SourceFile(
                        "hibernate-fk-guard/src/test/resources/dev/fkguard/mapping/hbm/hbm-model.xml", Optional.of(27))),
                sources.locate("dev.fkguard.mapping.hbm.HbmLine", Optional.of("order")));
        // HbmNote maps an attribute of the same name further down: its own, not HbmLine's.
        assertEquals(Optional.of(37), sources.locate("dev.fkguard.mapping.hbm.HbmNote", Optional.of("order"))
                .flatMap(SourceFile::line));
    }

    @Test
    void theOriginSurvivesNormalization() {
        MappingModel model = Mappings.read(Mappings.H2, SHOP);
        MappingModel normalized = dev.fkguard.model.NameNormalizer.withTables(model, t -> t);
        assertEquals(List.copyOf(model.entities()), List.copyOf(normalized.entities()));
    }
}
