package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class UnguardedRelationLintTest {

    @Test
    void notesNoConstraintJoinAndCollectionTables() {
        ProcessorRun run = ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Event {
                    @Id Long id;

                    @ManyToMany
                    // BUG: NOTE [unguarded-relation] Event.watchers: @JoinTable(foreignKey, inverseForeignKey) is ConstraintMode.NO_CONSTRAINT
                    @JoinTable(name = "event_watchers",
                            foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT),
                            inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
                    Set<Parent> watchers;

                    @ElementCollection
                    // BUG: NOTE [unguarded-relation] Event.labels: @CollectionTable(foreignKey) is ConstraintMode.NO_CONSTRAINT
                    @CollectionTable(name = "event_labels", foreignKey = @ForeignKey(value = ConstraintMode.NO_CONSTRAINT))
                    Set<String> labels;
                }
                """)).assertMatchesMarkers();
        run.assertSucceeded();
    }

    @Test
    void quietWithConstraints() {
        ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Event {
                    @Id Long id;
                    @ManyToMany @JoinTable(name = "event_watchers", foreignKey = @ForeignKey(name = "fk_w"))
                    Set<Parent> watchers;
                    @ElementCollection @CollectionTable(name = "event_labels") Set<String> labels;
                }
                """)).assertMatchesMarkers();
    }
}
