package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CascadeRemoveOnManyToOneLintTest {

    @Test
    void firesOnRemoveOrAllTowardsASharedParent() {
        ProcessorRun run = ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Child {
                    @Id Long id;

                    // BUG: WARNING [cascade-remove-on-many-to-one] Child.parent: cascade = REMOVE on a @ManyToOne deletes the shared parent
                    @ManyToOne(cascade = {CascadeType.PERSIST, CascadeType.REMOVE})
                    Parent parent;

                    // BUG: WARNING [cascade-remove-on-many-to-one] Child.tags: cascade = ALL on a @ManyToMany deletes the shared targets
                    @ManyToMany(cascade = CascadeType.ALL)
                    Set<Parent> tags;
                }
                """)).assertMatchesMarkers();
        run.assertSucceeded();
        assertEquals("[cascade-remove-on-many-to-one] Child.parent: cascade = REMOVE on a @ManyToOne deletes the"
                + " shared parent when one row is deleted; the database then refuses (other rows still reference it)"
                + " or, with ON DELETE CASCADE, takes every sibling with it. Fix: cascade at most PERSIST and MERGE"
                + " here; cascade removal from the parent's @OneToMany instead.",
                run.guardDiagnostics().get(0).getMessage(null));
    }

    @Test
    void quietOnPersistMergeAndOnChildCollections() {
        ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Child {
                    @Id Long id;
                    @ManyToOne(cascade = {CascadeType.PERSIST, CascadeType.MERGE}) Parent parent;
                    @ManyToMany Set<Parent> tags;
                    @OneToMany(mappedBy = "owner", cascade = CascadeType.ALL, orphanRemoval = true) List<Item> items;
                }
                """), Sources.app("""
                @Entity
                public class Item {
                    @Id Long id;
                    @ManyToOne Child owner;
                }
                """)).assertMatchesMarkers();
    }
}
