package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.SessionFactory;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.SoftDelete;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A @SoftDelete collection under an owner deleted for real: the owner's delete fails until the key cascades. */
class SoftDeletedCollectionRowsOnDatabasesTest {

    private static final String RULE = "soft-deleted-collection-rows";

    @Entity(name = "Album")
    @Table(name = "albums")
    static class Album {
        @Id
        Long id;
        @ElementCollection
        @CollectionTable(name = "album_tags", joinColumns = @JoinColumn(name = "album_id"))
        @SoftDelete
        List<String> tags = new ArrayList<>();
    }

    @Entity(name = "ArchivedAlbum")
    @Table(name = "albums")
    @SoftDelete
    static class ArchivedAlbum {
        @Id
        Long id;
        @ElementCollection
        @CollectionTable(name = "album_tags", joinColumns = @JoinColumn(name = "album_id"))
        @SoftDelete
        List<String> tags = new ArrayList<>();
    }

    @Entity(name = "CascadingAlbum")
    @Table(name = "albums")
    static class CascadingAlbum {
        @Id
        Long id;
        @ElementCollection
        @CollectionTable(name = "album_tags", joinColumns = @JoinColumn(name = "album_id"))
        @SoftDelete
        @OnDelete(action = OnDeleteAction.CASCADE)
        List<String> tags = new ArrayList<>();
    }

    private static void schema(TestDatabase db, String onDelete) {
        db.execute("CREATE TABLE albums (id BIGINT NOT NULL PRIMARY KEY, deleted BOOLEAN DEFAULT FALSE NOT NULL)",
                "CREATE TABLE album_tags (album_id BIGINT NOT NULL, tags VARCHAR(255), deleted BOOLEAN NOT NULL,"
                        + " CONSTRAINT fk_album_tags_album FOREIGN KEY (album_id) REFERENCES albums (id)"
                        + onDelete + ")",
                "CREATE INDEX ix_album_tags_album ON album_tags (album_id)");
    }

    @AllDatabases
    void aPlainKeyUnderAHardDeletedOwnerIsAnError(TestDatabase db) {
        schema(db, "");
        List<Finding> findings = GuardRun.of(GuardRun.check(db, Album.class), RULE);
        assertEquals(List.of("ERROR [soft-deleted-collection-rows]"),
                findings.stream().map(f -> f.severity() + " [" + f.rule().value() + "]").toList(), findings::toString);
        Finding finding = findings.get(0);
        assertTrue(finding.message().startsWith("collection Album.tags is @SoftDelete but Album is deleted for real:"
                + " deleting an Album marks its collection rows as deleted and then deletes the Album row; its"
                + " foreign key (ON DELETE "), finding.message());
        assertTrue(finding.message().endsWith(") refuses that while the marked rows still point at it, so the delete"
                + " fails."), finding.message());
        assertTrue(finding.fix().contains("@OnDelete(action = OnDeleteAction.CASCADE) on Album.tags")
                && finding.fix().toUpperCase(java.util.Locale.ROOT).contains("ON DELETE CASCADE"), finding.fix());
    }

    /** What the finding predicts happens, and its statement makes the delete work (the marked rows go with it). */
    @AllDatabases
    void theOwnersDeleteFailsAndTheProposedKeyMakesItWork(TestDatabase db) throws SQLException {
        schema(db, "");
        assertThrows(RuntimeException.class, () -> createAndDeleteAlbum(db));
        Report report = GuardRun.check(db, Album.class);
        RemedyRun.apply(db, report, RULE);
        assertEquals(List.of(), GuardRun.of(GuardRun.check(db, Album.class), RULE));
        db.execute("DELETE FROM album_tags", "DELETE FROM albums");
        createAndDeleteAlbum(db);
        assertEquals(0, count(db, "albums"));
        assertEquals(0, count(db, "album_tags"));
    }

    @AllDatabases
    void quietWhenTheKeyCascadesTheOwnerIsSoftDeletedOrTheMappingCascades(TestDatabase db) {
        schema(db, " ON DELETE CASCADE");
        assertEquals(List.of(), GuardRun.of(GuardRun.check(db, Album.class), RULE));
        db.execute("DROP TABLE album_tags", "DROP TABLE albums");
        schema(db, "");
        assertEquals(List.of(), GuardRun.of(GuardRun.check(db, ArchivedAlbum.class), RULE));
        // The mapping asks for the cascade: the database's plain key is delete-rule-mismatch's finding, not this one.
        Report cascading = GuardRun.check(db, CascadingAlbum.class);
        assertEquals(List.of(), GuardRun.of(cascading, RULE));
        assertEquals(1, GuardRun.of(cascading, "delete-rule-mismatch").size(), GuardRun.lines(cascading)::toString);
    }

    private static void createAndDeleteAlbum(TestDatabase db) {
        try (SessionFactory factory = GuardRun.startSessionFactory(db, Map.of("hibernate.fkguard.mode", "off"),
                Album.class)) {
            factory.inTransaction(session -> {
                Album album = new Album();
                album.id = 1L;
                album.tags.add("live");
                session.persist(album);
            });
            factory.inTransaction(session -> session.remove(session.find(Album.class, 1L)));
        }
    }

    private static int count(TestDatabase db, String table) throws SQLException {
        try (Connection connection = db.connect(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
