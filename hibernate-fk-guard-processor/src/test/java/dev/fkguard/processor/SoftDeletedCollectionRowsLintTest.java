package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoftDeletedCollectionRowsLintTest {

    @Test
    void firesOnSoftDeletedCollectionTablesOfAnOwnerDeletedForReal() {
        ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Album {
                    @Id Long id;

                    @ElementCollection
                    // BUG: ERROR [soft-deleted-collection-rows] Album.tags: @SoftDelete keeps these rows when their Album is deleted, but Album itself is deleted for real, and the collection table's foreign key refuses to let the owner row go while they point at it: deleting any Album fails. Fix: soft-delete Album too, or add @OnDelete(action = OnDeleteAction.CASCADE) here so the database removes the rows with their owner.
                    @SoftDelete
                    List<String> tags;

                    @ManyToMany
                    // BUG: ERROR [soft-deleted-collection-rows] Album.curators: @SoftDelete keeps these rows when their Album is deleted
                    @SoftDelete
                    Set<Parent> curators;
                }
                """)).assertMatchesMarkers();
    }

    @Test
    void quietWhenTheOwnerIsSoftDeletedTheKeyCascadesOrTheSideIsInverse() {
        ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                @SoftDelete
                public class Archive {
                    @Id Long id;
                    @ElementCollection @SoftDelete List<String> labels;
                }
                """), Sources.app("""
                @Entity
                public class Album {
                    @Id Long id;
                    @ElementCollection @SoftDelete @OnDelete(action = OnDeleteAction.CASCADE) List<String> tags;
                    @ManyToMany(mappedBy = "albums") @SoftDelete Set<Parent> fans;
                    @ElementCollection List<String> plain;
                }
                """)).assertMatchesMarkers();
    }
}
