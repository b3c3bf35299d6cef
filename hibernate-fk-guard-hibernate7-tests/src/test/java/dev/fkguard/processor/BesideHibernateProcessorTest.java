package dev.fkguard.processor;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The guard's processor and Hibernate's JPA metamodel generator, both discovered on the processor path as
 * {@code annotationProcessorPaths} would set it up, in one compilation: the metamodel is generated and compiled,
 * and the guard still reports on the same entities (neither claims the annotations).
 */
class BesideHibernateProcessorTest {

    @Test
    void bothProcessorsRunInOneCompilation() {
        ProcessorRun run = ProcessorRun.withDiscoveredProcessors(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Child {
                    @Id Long id;

                    // BUG: WARNING [cascade-remove-on-many-to-one] Child.parent
                    @ManyToOne(cascade = CascadeType.ALL)
                    Parent parent;
                }
                """), Sources.app("""
                class UsesMetamodel {
                    // Compiles only if hibernate-processor generated Child_ in this compilation.
                    Object attribute() {
                        return Child_.parent;
                    }
                }
                """)).assertMatchesMarkers();
        run.assertSucceeded();
        assertTrue(run.diagnostics().stream().anyMatch(d -> d.getMessage(Locale.ROOT).contains("Hibernate")),
                "hibernate-processor announces itself: " + ProcessorRun.describe(run.diagnostics()));
    }
}
