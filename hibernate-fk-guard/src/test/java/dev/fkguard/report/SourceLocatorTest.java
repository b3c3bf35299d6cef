package dev.fkguard.report;

import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.EntityOrigin;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.TableRef;
import dev.fkguard.rule.Finding;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Files relative to the repository root, the line of the attribute, hbm.xml and Envers entities. */
class SourceLocatorTest {

    @TempDir
    Path repository;
    private Path classes;

    @BeforeEach
    void aRepositoryWithAShopModule() throws IOException {
        Files.createDirectory(repository.resolve(".git"));
        classes = Files.createDirectories(repository.resolve("shop/target/classes"));
        write("shop/src/main/java/com/shop/Order.java", """
                package com.shop;

                /** An order; its customer is required. */
                @Entity
                public class Order extends Audited {
                    @Id
                    private Long id;

                    // the customer field below, not this comment
                    @ManyToOne(optional = false)
                    private Customer customer;

                    public Customer getCustomer() {
                        return customer;
                    }

                    public Address getBilling() {
                        return billing;
                    }
                }
                """);
        write("shop/src/main/java/com/shop/Audited.java", """
                package com.shop;

                @MappedSuperclass
                public abstract class Audited {
                    @ManyToOne
                    User createdBy;
                }
                """);
        write("shop/src/main/resources/com/shop/Legacy.hbm.xml", """
                <hibernate-mapping package="com.shop">
                    <class name="Legacy" table="legacy">
                        <id name="id"/>
                        <many-to-one name="order" class="Order" column="order_id"/>
                    </class>
                </hibernate-mapping>
                """);
    }

    private void write(String path, String text) throws IOException {
        Path file = repository.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private SourceLocator locator(Optional<Path> configuredRoot, EntityMapping... entities) {
        return SourceLocator.of(new MappingModel(Set.of(), List.of(), List.of(entities), List.of(), List.of()),
                configuredRoot);
    }

    private EntityMapping order(Path codeSource) {
        return new EntityMapping("com.shop.Order", TableRef.of("orders"), Optional.empty(),
                new EntityOrigin(List.of("com.shop.Order", "com.shop.Audited"), Optional.of(codeSource),
                        Optional.empty(), false, Optional.empty()));
    }

    @Test
    void aClassIsNamedRelativeToTheRepositoryRootWithTheLineOfItsField() {
        SourceLocator sources = locator(Optional.empty(), order(classes));
        assertEquals(Optional.of(new SourceFile("shop/src/main/java/com/shop/Order.java", Optional.of(11))),
                sources.locate("com.shop.Order", Optional.of("customer")));
        // The entity alone: the line of its class declaration.
        assertEquals(Optional.of(new SourceFile("shop/src/main/java/com/shop/Order.java", Optional.of(5))),
                sources.locate("com.shop.Order", Optional.empty()));
    }

    @Test
    void anAttributeWithoutAFieldIsFoundByItsGetterAndOneOfASuperclassInTheSuperclassFile() {
        SourceLocator sources = locator(Optional.empty(), order(classes));
        assertEquals(Optional.of(new SourceFile("shop/src/main/java/com/shop/Order.java", Optional.of(17))),
                sources.locate("com.shop.Order", Optional.of("billing.street")));
        assertEquals(Optional.of(new SourceFile("shop/src/main/java/com/shop/Audited.java", Optional.of(6))),
                sources.locate("com.shop.Order", Optional.of("createdBy")));
        // Declared nowhere readable: the entity's file, and no line rather than a guessed one.
        assertEquals(Optional.of(new SourceFile("shop/src/main/java/com/shop/Order.java", Optional.empty())),
                sources.locate("com.shop.Order", Optional.of("total")));
    }

    @Test
    void aConfiguredRootWinsAndACodeSourceOutsideItStillFindsTheModule() throws IOException {
        Path jar = Files.createTempFile("shop", ".jar");
        try {
            SourceLocator sources = locator(Optional.of(repository), order(jar));
            assertEquals(Optional.of(new SourceFile("shop/src/main/java/com/shop/Order.java", Optional.of(11))),
                    sources.locate("com.shop.Order", Optional.of("customer")));
            SourceLocator fromModule = locator(Optional.of(repository.resolve("shop")), order(classes));
            assertEquals(Optional.of("src/main/java/com/shop/Order.java"),
                    fromModule.locate("com.shop.Order", Optional.empty()).map(SourceFile::path));
        } finally {
            Files.delete(jar);
        }
    }

    @Test
    void withoutARootTheModuleRelativePathStaysAndWithARootAMissingFileIsNoFile() throws IOException {
        Path outside = Files.createTempDirectory("no-repository");
        try {
            assertEquals(Optional.of(new SourceFile("src/main/java/com/shop/Order.java", Optional.empty())),
                    locator(Optional.empty(), order(outside)).locate("com.shop.Order", Optional.of("customer")));
        } finally {
            Files.delete(outside);
        }
        Files.delete(repository.resolve("shop/src/main/java/com/shop/Order.java"));
        Files.delete(repository.resolve("shop/src/main/java/com/shop/Audited.java"));
        assertEquals(Optional.empty(), locator(Optional.empty(), order(classes))
                .locate("com.shop.Order", Optional.of("customer")));
    }

    @Test
    void anHbmXmlEntityPointsAtItsMappingFileAndTheAttributesElement() {
        EntityMapping legacy = new EntityMapping("com.shop.Legacy", TableRef.of("legacy"), Optional.empty(),
                new EntityOrigin(List.of("com.shop.Legacy"), Optional.of(classes),
                        Optional.of("com/shop/Legacy.hbm.xml"), false, Optional.empty()));
        SourceLocator sources = locator(Optional.empty(), legacy);
        assertEquals(Optional.of(new SourceFile("shop/src/main/resources/com/shop/Legacy.hbm.xml", Optional.of(4))),
                sources.locate("com.shop.Legacy", Optional.of("order")));
        assertEquals(Optional.of(new SourceFile("shop/src/main/resources/com/shop/Legacy.hbm.xml", Optional.of(2))),
                sources.locate("com.shop.Legacy", Optional.empty()));
    }

    @Test
    void anEnversAuditEntityPointsAtTheAuditedEntityAndAnotherContributedOneAtNothing() {
        EntityMapping audit = new EntityMapping("com.shop.Order_AUD", TableRef.of("orders_aud"), Optional.empty(),
                new EntityOrigin(List.of(), Optional.empty(), Optional.empty(), true, Optional.of("com.shop.Order")));
        EntityMapping revisions = new EntityMapping("RevisionInfo_AUD", TableRef.of("revinfo_aud"), Optional.empty(),
                new EntityOrigin(List.of(), Optional.empty(), Optional.empty(), true, Optional.empty()));
        SourceLocator sources = locator(Optional.empty(), order(classes), audit, revisions);
        assertEquals(Optional.of(new SourceFile("shop/src/main/java/com/shop/Order.java", Optional.of(11))),
                sources.locate("com.shop.Order_AUD", Optional.of("customer")));
        assertEquals(Optional.empty(), sources.locate("RevisionInfo_AUD", Optional.empty()));
    }

    /**
     * The graph names an entity without reading its file: the startup message asks only for the entity and
     * attribute, and a file is looked up when a report first asks for it (here: written in between).
     */
    @Test
    void theGraphLooksAFileUpOnlyWhenAReportAsksForIt() throws IOException {
        Path order = repository.resolve("shop/src/main/java/com/shop/Order.java");
        String text = Files.readString(order);
        Files.delete(order);
        MappingModel mapping = new MappingModel(Set.of(), List.of(), List.of(order(classes)), List.of(), List.of());
        ForeignKeyGraph graph = ForeignKeyGraph.of(mapping,
                new SchemaModel(SampleReports.database(), List.of(), List.of()),
                SourceLocator.of(mapping, Optional.empty()));
        Finding.Location orders = new Finding.Location(TableRef.of("orders"), List.of(), Optional.empty(), List.of());
        assertEquals(Optional.of("com.shop.Order"), graph.sourceOf(orders).map(EntitySource::qualifiedName));

        Files.writeString(order, text);
        assertEquals(Optional.of("shop/src/main/java/com/shop/Order.java"),
                graph.sourceOf(orders).flatMap(EntitySource::sourceFile));
    }
}
