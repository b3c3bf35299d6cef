package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

class OrphanRemovalWithoutCascadeLintTest {

    @Test
    void firesWithoutPersistingCascade() {
        ProcessorRun.withGuard(List.of(), Sources.app("""
                @Entity
                public class Basket {
                    @Id Long id;

                    // BUG: WARNING [orphan-removal-without-cascade] Basket.lines: orphanRemoval = true without cascade PERSIST or ALL
                    @OneToMany(mappedBy = "basket", orphanRemoval = true, cascade = CascadeType.MERGE)
                    List<Line> lines;

                    // BUG: WARNING [orphan-removal-without-cascade] Basket.note: orphanRemoval = true without cascade PERSIST or ALL
                    @OneToOne(orphanRemoval = true)
                    Line note;
                }
                """), Sources.app("""
                @Entity
                public class Line {
                    @Id Long id;
                    @ManyToOne Basket basket;
                }
                """)).assertMatchesMarkers();
    }

    @Test
    void quietWithAllOrPersist() {
        ProcessorRun.withGuard(List.of(), Sources.app("""
                @Entity
                public class Basket {
                    @Id Long id;
                    @OneToMany(mappedBy = "basket", orphanRemoval = true, cascade = CascadeType.ALL) List<Line> lines;
                    @OneToOne(orphanRemoval = true, cascade = {CascadeType.PERSIST, CascadeType.REMOVE}) Line note;
                    @OneToMany(mappedBy = "basket") List<Line> plain;
                }
                """), Sources.app("""
                @Entity
                public class Line {
                    @Id Long id;
                    @ManyToOne Basket basket;
                }
                """)).assertMatchesMarkers();
    }
}
