package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.rules.DeleteRuleMismatchRule;
import dev.fkguard.rules.SetNullOnRequiredColumnRule;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.Engine;
import dev.fkguard.testing.TestDatabase;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

import java.util.List;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The hints of delete-rule-mismatch ask for a rule where Hibernate applies it and never contradict another finding of
 * the same report. {@code @OnDelete} on a {@code @ManyToMany} acts on the owner's key in the join table (Hibernate
 * 6.6 and 7.4 generate it so on all four engines); the other key takes its rule from the other side's collection.
 */
class OnDeleteAdviceOnDatabasesTest {

    private static final String JOIN_TABLE_WITH_CASCADING_TAG_KEY = "CREATE TABLE book_tags (book_id BIGINT NOT NULL,"
            + " tag_id BIGINT NOT NULL, PRIMARY KEY (book_id, tag_id),"
            + " CONSTRAINT fk_bt_book FOREIGN KEY (book_id) REFERENCES books (id),"
            + " CONSTRAINT fk_bt_tag FOREIGN KEY (tag_id) REFERENCES tags (id) ON DELETE CASCADE)";

    @Entity(name = "AdTag")
    @Table(name = "tags")
    static class Tag {
        @Id
        Long id;
    }

    @Entity(name = "AdBook")
    @Table(name = "books")
    static class Book {
        @Id
        Long id;
        @ManyToMany
        @JoinTable(name = "book_tags", joinColumns = @JoinColumn(name = "book_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id"))
        Set<Tag> tags;
    }

    /** The old advice followed: @OnDelete on the owner's collection. */
    @Entity(name = "AdBookOnDelete")
    @Table(name = "books")
    static class BookWithOnDelete {
        @Id
        Long id;
        @ManyToMany
        @OnDelete(action = OnDeleteAction.CASCADE)
        @JoinTable(name = "book_tags", joinColumns = @JoinColumn(name = "book_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id"))
        Set<AdTagOnDelete> tags;
    }

    @Entity(name = "AdTagOnDelete")
    @Table(name = "tags")
    static class AdTagOnDelete {
        @Id
        Long id;
    }

    @Entity(name = "AdTagWithBooks")
    @Table(name = "tags")
    static class TagWithBooks {
        @Id
        Long id;
        @ManyToMany(mappedBy = "tags")
        Set<BookOfTag> books;
    }

    @Entity(name = "AdBookOfTag")
    @Table(name = "books")
    static class BookOfTag {
        @Id
        Long id;
        @ManyToMany
        @JoinTable(name = "book_tags", joinColumns = @JoinColumn(name = "book_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id"))
        Set<TagWithBooks> tags;
    }

    /** The new advice followed: @OnDelete on the other side. */
    @Entity(name = "AdTagCascading")
    @Table(name = "tags")
    static class TagCascading {
        @Id
        Long id;
        @ManyToMany(mappedBy = "tags")
        @OnDelete(action = OnDeleteAction.CASCADE)
        Set<BookOfCascadingTag> books;
    }

    @Entity(name = "AdBookOfCascadingTag")
    @Table(name = "books")
    static class BookOfCascadingTag {
        @Id
        Long id;
        @ManyToMany
        @JoinTable(name = "book_tags", joinColumns = @JoinColumn(name = "book_id"),
                inverseJoinColumns = @JoinColumn(name = "tag_id"))
        Set<TagCascading> tags;
    }

    @Entity(name = "AdOwner")
    @Table(name = "owners")
    static class Owner {
        @Id
        Long id;
    }

    @Entity(name = "AdRequiredPet")
    @Table(name = "pets")
    static class RequiredPet {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "owner_id", nullable = false)
        Owner owner;
    }

    @Entity(name = "AdOptionalPet")
    @Table(name = "pets")
    static class OptionalPet {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "owner_id")
        Owner owner;
    }

    @Entity(name = "AdSetNullPet")
    @Table(name = "pets")
    static class SetNullRequiredPet {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @OnDelete(action = OnDeleteAction.SET_NULL)
        @JoinColumn(name = "owner_id", nullable = false)
        Owner owner;
    }

    private static void createBooksAndTags(TestDatabase db) {
        db.execute("CREATE TABLE books (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE tags (id BIGINT NOT NULL PRIMARY KEY)", JOIN_TABLE_WITH_CASCADING_TAG_KEY);
    }

    private static List<Finding> deleteRuleFindings(Report report) {
        return GuardRun.of(report, DeleteRuleMismatchRule.ID.value());
    }

    @AllDatabases
    void theJoinTablesOtherKeyIsToldToMapTheOtherSideNotTheOwnersCollection(TestDatabase db) {
        createBooksAndTags(db);
        List<Finding> findings = deleteRuleFindings(GuardRun.check(db, Book.class, Tag.class));
        assertEquals(1, findings.size(), findings::toString);
        String fix = findings.get(0).fix();
        assertTrue(fix.startsWith("map the other side of the join table in Tag as @ManyToMany(mappedBy = \"tags\")"
                + " with @OnDelete(action = OnDeleteAction.CASCADE) (on Book.tags it would act on the key to Book"
                + " instead), or remove it from the database"), fix);
    }

    @AllDatabases
    void theJoinTablesOtherKeyIsToldToAnnotateTheMappedOtherSide(TestDatabase db) {
        createBooksAndTags(db);
        List<Finding> findings = deleteRuleFindings(GuardRun.check(db, BookOfTag.class, TagWithBooks.class));
        assertEquals(1, findings.size(), findings::toString);
        assertTrue(findings.get(0).fix().startsWith("declare it in the mapping with @OnDelete(action = OnDeleteAction.CASCADE) on"
                + " TagWithBooks.books, the other side of the join table"), findings.get(0).fix());
    }

    /**
     * The advice works: with {@code @OnDelete} on the other side the key agrees; with it on the owner's collection
     * (the advice this replaces) the owner's key gets an ERROR and the other key's warning stays.
     */
    @AllDatabases
    void followingTheAdviceSilencesTheKeyAndTheOldAdviceAddsAnError(TestDatabase db) {
        createBooksAndTags(db);
        assertEquals(List.of(), deleteRuleFindings(
                GuardRun.check(db, BookOfCascadingTag.class, TagCascading.class)));

        List<String> oldAdvice = deleteRuleFindings(GuardRun.check(db, BookWithOnDelete.class, AdTagOnDelete.class))
                .stream().map(f -> f.severity() + " " + f.location().describe().toLowerCase()).toList();
        assertEquals(List.of("ERROR book_tags.book_id → books.id", "WARNING book_tags.tag_id → tags.id"), oldAdvice);
    }

    /** SET NULL on a NOT NULL column: the hint never asks for @OnDelete(SET_NULL), which would be an ERROR too. */
    @AllDatabases(only = {Engine.H2, Engine.POSTGRESQL})
    void aSetNullKeyOnARequiredColumnIsNeverToldToDeclareSetNull(TestDatabase db) {
        // MySQL and MariaDB refuse SET NULL on a NOT NULL column already in the DDL.
        db.execute("CREATE TABLE owners (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE pets (id BIGINT NOT NULL PRIMARY KEY, owner_id BIGINT NOT NULL,"
                        + " CONSTRAINT fk_pets_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE SET NULL)",
                "CREATE INDEX ix_pets_owner ON pets (owner_id)");
        Report report = GuardRun.check(db, RequiredPet.class, Owner.class);
        assertEquals(1, GuardRun.of(report, SetNullOnRequiredColumnRule.ID.value()).size(), report::toString);
        String fix = deleteRuleFindings(report).get(0).fix();
        assertFalse(fix.contains("SET_NULL"), fix);
        assertTrue(fix.startsWith("mapping RequiredPet.owner requires the association (optional = false / nullable"
                + " = false), so SET NULL cannot work here (see set-null-on-required-column); remove it from the"
                + " database"), fix);
    }

    /** Required in the mapping only (optional = false over a nullable column): still no @OnDelete(SET_NULL). */
    @AllDatabases
    void aSetNullKeyUnderARequiredAssociationIsNeverToldToDeclareSetNull(TestDatabase db) {
        db.execute("CREATE TABLE owners (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE pets (id BIGINT NOT NULL PRIMARY KEY, owner_id BIGINT,"
                        + " CONSTRAINT fk_pets_owner FOREIGN KEY (owner_id) REFERENCES owners (id) ON DELETE SET NULL)",
                "CREATE INDEX ix_pets_owner ON pets (owner_id)");
        String required = deleteRuleFindings(GuardRun.check(db, RequiredPet.class, Owner.class)).get(0).fix();
        assertFalse(required.contains("SET_NULL"), required);
        // An optional association may declare it: the same key then gets that hint.
        String optional = deleteRuleFindings(GuardRun.check(db, OptionalPet.class, Owner.class)).get(0).fix();
        assertTrue(optional.startsWith("declare it in the mapping with @OnDelete(action = OnDeleteAction.SET_NULL) on OptionalPet.owner"),
                optional);
    }

    /**
     * The mapping's own @OnDelete(SET_NULL) on a required association is reported by set-null-on-required-column;
     * delete-rule-mismatch then says to fix the mapping first (the planner leaves the copy out until NULL is allowed).
     */
    @AllDatabases
    void aRequiredAssociationsSetNullIsNotCopiedIntoTheDatabase(TestDatabase db) {
        db.execute("CREATE TABLE owners (id BIGINT NOT NULL PRIMARY KEY)",
                "CREATE TABLE pets (id BIGINT NOT NULL PRIMARY KEY, owner_id BIGINT NOT NULL,"
                        + " CONSTRAINT fk_pets_owner FOREIGN KEY (owner_id) REFERENCES owners (id))",
                "CREATE INDEX ix_pets_owner ON pets (owner_id)");
        Report report = GuardRun.check(db, SetNullRequiredPet.class, Owner.class);
        assertEquals(1, GuardRun.of(report, SetNullOnRequiredColumnRule.ID.value()).size(), report::toString);
        Finding mismatch = deleteRuleFindings(report).get(0);
        assertTrue(mismatch.fix().startsWith("fix the mapping's rule first (see set-null-on-required-column)"),
                mismatch.fix());
    }
}
