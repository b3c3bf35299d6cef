package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class SetNullOnRequiredColumnLintTest {

    @Test
    void isACompileErrorOnRequiredColumns() {
        ProcessorRun run = ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Child {
                    @Id Long id;

                    @ManyToOne(optional = false)
                    // BUG: ERROR [set-null-on-required-column] Child.a: @OnDelete(SET_NULL) on a column that may not be null (optional = false)
                    @OnDelete(action = OnDeleteAction.SET_NULL)
                    Parent a;

                    @ManyToOne
                    @JoinColumn(name = "b_id", nullable = false)
                    // BUG: ERROR [set-null-on-required-column] Child.b: @OnDelete(SET_NULL) on a column that may not be null (@JoinColumn(nullable = false))
                    @OnDelete(action = OnDeleteAction.SET_NULL)
                    Parent b;

                    @ManyToOne
                    @JoinColumns({@JoinColumn(name = "c_id", referencedColumnName = "id", nullable = false)})
                    // BUG: ERROR [set-null-on-required-column] Child.c: @OnDelete(SET_NULL) on a column that may not be null (@JoinColumn(nullable = false))
                    @OnDelete(action = OnDeleteAction.SET_NULL)
                    Parent c;
                }
                """)).assertMatchesMarkers();
        assertFalse(run.succeeded(), "an ERROR diagnostic fails the compilation");
    }

    @Test
    void firesOnAPrimaryKeyAssociationAndOnGetters() {
        ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Profile {
                    private Long id;
                    private Parent owner;

                    @Id public Long getId() { return id; }
                    public void setId(Long id) { this.id = id; }

                    @MapsId
                    @OneToOne
                    // BUG: ERROR [set-null-on-required-column] Profile.owner: @OnDelete(SET_NULL) on a column that may not be null (it is part of the primary key)
                    @OnDelete(action = OnDeleteAction.SET_NULL)
                    public Parent getOwner() { return owner; }
                    public void setOwner(Parent owner) { this.owner = owner; }
                }
                """)).assertMatchesMarkers();
    }

    @Test
    void quietOnOptionalAssociationsAndOtherActions() {
        ProcessorRun run = ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Child {
                    @Id Long id;
                    @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) Parent a;
                    @ManyToOne(optional = false) @JoinColumn(nullable = false)
                    @OnDelete(action = OnDeleteAction.CASCADE) Parent b;
                }
                """)).assertMatchesMarkers();
        run.assertSucceeded();
    }
}
