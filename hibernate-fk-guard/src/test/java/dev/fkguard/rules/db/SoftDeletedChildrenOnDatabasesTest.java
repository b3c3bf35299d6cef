package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.exception.ConstraintViolationException;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * cascade = REMOVE to @SoftDelete children under a parent deleted for real, on Hibernate's own schema: the remove
 * really fails on every engine, on Hibernate 6.6 and on 7.x (this class reruns in the Hibernate 7 module): the children
 * are only marked deleted, the parent's DELETE hits their key. The guard says so at ERROR, and its statement makes the
 * remove work. Should a Hibernate version make the remove work, the first assertion fails and the ERROR must go.
 */
class SoftDeletedChildrenOnDatabasesTest {

    private static final String RULE = "cascade-remove-to-soft-deleted";

    @Entity(name = "Forum")
    @Table(name = "forums")
    static class Forum {
        @Id
        Long id;
        @OneToMany(mappedBy = "forum", cascade = CascadeType.REMOVE)
        List<Topic> topics = new ArrayList<>();
    }

    @Entity(name = "Topic")
    @Table(name = "topics")
    @SoftDelete
    static class Topic {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "forum_id")
        Forum forum;
    }

    /** The same tables, the children deleted for real: the cascade works, nothing to say. */
    @Entity(name = "PlainForum")
    @Table(name = "forums")
    static class PlainForum {
        @Id
        Long id;
        @OneToMany(mappedBy = "forum", cascade = CascadeType.REMOVE)
        List<PlainTopic> topics = new ArrayList<>();
    }

    @Entity(name = "PlainTopic")
    @Table(name = "topics")
    static class PlainTopic {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "forum_id")
        PlainForum forum;
    }

    @AllDatabases
    void theParentsRemoveFailsAndTheGuardSaysErrorThenItsStatementMakesItWork(TestDatabase db) {
        try (SessionFactory factory = start(db, "create")) {
            createForumWithTopic(factory, 1L);
            RuntimeException failure = assertThrows(RuntimeException.class, () -> removeForum(factory, 1L));
            assertTrue(causes(failure, ConstraintViolationException.class), failure::toString);
        }
        Report report = GuardRun.check(db, Forum.class, Topic.class);
        List<Finding> findings = GuardRun.of(report, RULE);
        assertEquals(List.of("ERROR [cascade-remove-to-soft-deleted] topics.forum_id → forums.id"), findings.stream()
                .map(f -> f.severity() + " [" + f.rule() + "] "
                        + f.location().describe().toLowerCase(java.util.Locale.ROOT)).toList(),
                GuardRun.lines(report)::toString);
        assertTrue(findings.get(0).message().contains("marks its children as deleted and then deletes the parent"
                + " row"), findings.get(0).message());
        assertEquals(List.of(), GuardRun.of(GuardRun.check(db, PlainForum.class, PlainTopic.class), RULE),
                "children deleted for real: the cascade removes them, nothing fails");

        RemedyRun.apply(db, report, RULE);
        assertEquals(List.of(), GuardRun.of(GuardRun.check(db, Forum.class, Topic.class), RULE));
        try (SessionFactory factory = start(db, "none")) {
            createForumWithTopic(factory, 3L);
            removeForum(factory, 3L);
        }
    }

    private static SessionFactory start(TestDatabase db, String ddl) {
        return GuardRun.startSessionFactory(db, Map.of("hibernate.fkguard.mode", "off", "hibernate.hbm2ddl.auto", ddl),
                Forum.class, Topic.class);
    }

    private static void createForumWithTopic(SessionFactory factory, long id) {
        factory.inTransaction(session -> {
            Forum forum = new Forum();
            forum.id = id;
            Topic topic = new Topic();
            topic.id = id + 1;
            topic.forum = forum;
            forum.topics.add(topic);
            session.persist(forum);
            session.persist(topic);
        });
    }

    private static void removeForum(SessionFactory factory, long id) {
        factory.inTransaction(session -> session.remove(session.find(Forum.class, id)));
    }

    private static boolean causes(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }
}
