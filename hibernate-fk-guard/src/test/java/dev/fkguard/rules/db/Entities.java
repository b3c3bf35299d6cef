package dev.fkguard.rules.db;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.util.ArrayList;
import java.util.List;

/** Mappings of the tables in {@link ShopTables}, one variant per scenario the rule tests need. */
final class Entities {

    private Entities() {
    }

    @Entity(name = "Parent")
    @Table(name = "parents")
    static class Parent {
        @Id
        Long id;
        String name;
    }

    /** A parent whose children are removed by the ORM ({@code cascade = ALL}, {@code orphanRemoval}). */
    @Entity(name = "CascadingParent")
    @Table(name = "parents")
    static class CascadingParent {
        @Id
        Long id;
        String name;
        @OneToMany(mappedBy = "parent", cascade = CascadeType.ALL, orphanRemoval = true)
        List<ChildOfCascadingParent> children = new ArrayList<>();
    }

    @Entity(name = "ChildOfCascadingParent")
    @Table(name = "children")
    static class ChildOfCascadingParent {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id")
        CascadingParent parent;
    }

    @Entity(name = "Child")
    @Table(name = "children")
    static class Child {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id")
        Parent parent;
    }

    @Entity(name = "CascadeChild")
    @Table(name = "children")
    static class CascadeChild {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id")
        @OnDelete(action = OnDeleteAction.CASCADE)
        Parent parent;
    }

    @Entity(name = "RestrictChild")
    @Table(name = "children")
    static class RestrictChild {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id")
        @OnDelete(action = OnDeleteAction.RESTRICT)
        Parent parent;
    }

    @Entity(name = "SetNullChild")
    @Table(name = "children")
    static class SetNullChild {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id")
        @OnDelete(action = OnDeleteAction.SET_NULL)
        Parent parent;
    }

    @Entity(name = "RequiredSetNullChild")
    @Table(name = "children")
    static class RequiredSetNullChild {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "parent_id", nullable = false)
        @OnDelete(action = OnDeleteAction.SET_NULL)
        Parent parent;
    }

    /** References the parent by its unique {@code code}, not its primary key. */
    @Entity(name = "ChildByCode")
    @Table(name = "children")
    static class ChildByCode {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_code", referencedColumnName = "code")
        ParentWithCode parent;
    }

    @Entity(name = "ParentWithCode")
    @Table(name = "parents")
    static class ParentWithCode {
        @Id
        Long id;
        @jakarta.persistence.Column(unique = true, nullable = false, length = 36)
        String code;
    }

    /** Maps the child table without its association: a database key on parent_id is then unexplained. */
    @Entity(name = "LonelyChild")
    @Table(name = "children")
    static class LonelyChild {
        @Id
        Long id;
    }
}
