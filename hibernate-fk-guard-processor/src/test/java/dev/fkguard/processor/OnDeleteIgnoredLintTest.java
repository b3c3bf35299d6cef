package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnDeleteIgnoredLintTest {

    @Test
    void firesWhereHibernateDropsTheAction() {
        ProcessorRun.withGuard(List.of(), Sources.app("""
                @Entity
                public class Parent {
                    @Id Long id;

                    // BUG: WARNING [on-delete-ignored] Parent.children: @OnDelete(SET_NULL) is ignored on a @OneToMany(mappedBy)
                    @OnDelete(action = OnDeleteAction.SET_NULL)
                    @OneToMany(mappedBy = "parent")
                    List<Child> children;

                    @OneToOne(mappedBy = "parent")
                    // BUG: WARNING [on-delete-ignored] Parent.detail: @OnDelete(CASCADE) is ignored on the inverse side of a @OneToOne(mappedBy)
                    @OnDelete(action = OnDeleteAction.CASCADE)
                    Detail detail;

                    // BUG: WARNING [on-delete-ignored] Parent.name: @OnDelete(CASCADE) is ignored: it is not on an association
                    @OnDelete(action = OnDeleteAction.CASCADE)
                    String name;
                }
                """), Sources.app("""
                @Entity
                public class Child {
                    @Id Long id;
                    @ManyToOne Parent parent;
                }
                """), Sources.app("""
                @Entity
                public class Detail {
                    @Id Long id;
                    @OneToOne Parent parent;
                }
                """), Sources.app("""
                // BUG: WARNING [on-delete-ignored] Standalone: @OnDelete(CASCADE) on an entity class is only honoured on a subclass in a JOINED
                @OnDelete(action = OnDeleteAction.CASCADE)
                @Entity
                public class Standalone {
                    @Id Long id;
                }
                """)).assertMatchesMarkers();
    }

    @Test
    void quietWhereHibernateHonoursIt() {
        ProcessorRun.withGuard(List.of(), Sources.app("""
                @Entity
                @Inheritance(strategy = InheritanceType.JOINED)
                public class Parent {
                    @Id Long id;
                    @OnDelete(action = OnDeleteAction.CASCADE) @OneToMany(mappedBy = "parent") List<Child> children;
                    @OnDelete(action = OnDeleteAction.CASCADE) @ElementCollection Set<String> tags;
                    @OnDelete(action = OnDeleteAction.CASCADE) @ManyToMany Set<Child> favourites;
                }
                """), Sources.app("""
                @Entity
                @OnDelete(action = OnDeleteAction.CASCADE)
                public class Child extends Parent {
                    @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) Parent parent;
                    @OneToOne @OnDelete(action = OnDeleteAction.CASCADE) Parent twin;
                }
                """)).assertMatchesMarkers();
    }
}
