package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.rules.DeleteRuleMismatchRule;
import dev.fkguard.rules.NoConstraintKeyPresentRule;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ConstraintMode;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Tables Hibernate empties itself (element collections, the owner side of a join table) and relations mapped without
 * a constraint, against keys the database really has.
 */
class CollectionTablesAndNoConstraintOnDatabasesTest {

    @Entity(name = "CtBadge")
    @Table(name = "badges")
    static class Badge {
        @Id
        Long id;
    }

    @Entity(name = "CtParent")
    @Table(name = "parents")
    static class Parent {
        @Id
        Long id;
        @ElementCollection
        @CollectionTable(name = "parent_tags", joinColumns = @JoinColumn(name = "parent_id"))
        @Column(name = "tag")
        Set<String> tags;
        @ManyToMany
        @JoinTable(name = "parent_badges", joinColumns = @JoinColumn(name = "parent_id"),
                inverseJoinColumns = @JoinColumn(name = "badge_id"))
        Set<Badge> badges;
    }

    @Entity(name = "CtTarget")
    @Table(name = "targets")
    static class Target {
        @Id
        Long id;
    }

    @Entity(name = "CtEvent")
    @Table(name = "events")
    static class Event {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "subject_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Target subject;
        @ManyToOne
        @JoinColumn(name = "lenient_id")
        @NotFound(action = NotFoundAction.IGNORE)
        Target lenient;
    }

    /**
     * Deleting a parent, Hibernate deletes its tag rows and its join rows first: ON DELETE CASCADE there finds nothing
     * left, so it changes nothing behind Hibernate's back. Deleting a badge, Hibernate leaves the join rows alone:
     * the cascade on that side does change rows behind its back.
     */
    @AllDatabases
    void cascadeIntoTablesHibernateEmptiesItselfIsQuietButNotOnTheOtherSideOfAJoinTable(TestDatabase db) {
        db.execute("CREATE TABLE parents (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE badges (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE parent_tags (parent_id BIGINT NOT NULL, tag VARCHAR(255),"
                        + " CONSTRAINT fk_tags_parent FOREIGN KEY (parent_id) REFERENCES parents (id) ON DELETE CASCADE)",
                "CREATE TABLE parent_badges (parent_id BIGINT NOT NULL, badge_id BIGINT NOT NULL,"
                        + " PRIMARY KEY (parent_id, badge_id),"
                        + " CONSTRAINT fk_pb_parent FOREIGN KEY (parent_id) REFERENCES parents (id) ON DELETE CASCADE,"
                        + " CONSTRAINT fk_pb_badge FOREIGN KEY (badge_id) REFERENCES badges (id) ON DELETE CASCADE)");
        Report report = GuardRun.only(GuardRun.check(db, Parent.class, Badge.class), DeleteRuleMismatchRule.ID.value());
        assertEquals(List.of("WARNING [delete-rule-mismatch] parent_badges.badge_id → badges.id: db rule cascade,"
                        + " mapping has no @ondelete; rows change behind hibernate's back"),
                GuardRun.lines(report).stream().map(line -> line.substring(0, line.indexOf(" (loaded"))).toList());
    }

    @AllDatabases
    void aKeyWhereTheMappingAsksForNoneIsSaidOnceAtInfo(TestDatabase db) {
        db.execute("CREATE TABLE targets (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE events (id BIGINT NOT NULL PRIMARY KEY, subject_id BIGINT, lenient_id BIGINT,"
                        + " CONSTRAINT fk_events_subject FOREIGN KEY (subject_id) REFERENCES targets (id),"
                        + " CONSTRAINT fk_events_lenient FOREIGN KEY (lenient_id) REFERENCES targets (id))");
        Report report = GuardRun.check(db, Event.class, Target.class);
        assertEquals(List.of("INFO no-constraint-key-present", "INFO no-constraint-key-present"),
                GuardRun.ruleIds(GuardRun.only(report, NoConstraintKeyPresentRule.ID.value())));
        assertEquals(List.of("INFO [no-constraint-key-present] events.lenient_id → targets.id: mapping event.lenient"
                        + " asks for no constraint (constraintmode.no_constraint or @notfound), but the database has"
                        + " constraint fk_events_lenient here",
                        "INFO [no-constraint-key-present] events.subject_id → targets.id: mapping event.subject"
                        + " asks for no constraint (constraintmode.no_constraint or @notfound), but the database has"
                        + " constraint fk_events_subject here"),
                GuardRun.lines(GuardRun.only(report, NoConstraintKeyPresentRule.ID.value())).stream()
                        .map(line -> line.substring(0, line.indexOf(": it refuses"))).toList());
        assertEquals(List.of(), GuardRun.ruleIds(report).stream()
                .filter(id -> id.startsWith("ERROR") || id.startsWith("WARNING"))
                .filter(id -> !id.endsWith("missing-foreign-key-index")).toList());
    }
}
