package dev.fkguard.processor;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** A smoke test on a few thousand entities: the processor must stay a small part of a build. */
class ProcessorScaleTest {

    private static final int ENTITIES = 2000;

    @Test
    void lintsTwoThousandEntities() {
        List<String> sources = new ArrayList<>();
        sources.add(Sources.PARENT);
        for (int i = 0; i < ENTITIES; i++) {
            sources.add(Sources.app("""
                    @Entity
                    public class Entity%1$d {
                        @Id Long id;
                        @ManyToOne(cascade = CascadeType.REMOVE) Parent parent;
                        @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Parent owner;
                        @OneToMany(mappedBy = "owner") List<Entity%1$d> children;
                        String name;
                    }
                    """.formatted(i)));
        }
        long start = System.nanoTime();
        ProcessorRun run = ProcessorRun.compile(List.of("-proc:only"),
                java.util.Optional.of(List.of(new FkGuardProcessor())), sources);
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf("fkguard processor: %d entities linted in %d ms (javac -proc:only, incl. parsing)%n",
                ENTITIES, millis);
        run.assertSucceeded();
        assertEquals(ENTITIES, run.guardDiagnostics().size());
    }
}
