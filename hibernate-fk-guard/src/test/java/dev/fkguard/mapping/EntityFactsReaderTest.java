package dev.fkguard.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import dev.fkguard.mapping.polymorphic.Board;
import dev.fkguard.mapping.polymorphic.Comment;
import dev.fkguard.mapping.polymorphic.Note;
import dev.fkguard.mapping.polymorphic.Photo;
import dev.fkguard.mapping.polymorphic.Post;
import dev.fkguard.mapping.softdelete.Author;
import dev.fkguard.mapping.softdelete.Book;
import dev.fkguard.mapping.softdelete.Chapter;
import dev.fkguard.mapping.softdelete.Shelf;
import dev.fkguard.model.EntityMapping;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.PolymorphicAssociation;
import dev.fkguard.model.SoftDeleteKind;
import dev.fkguard.model.TableRef;

class EntityFactsReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {Mappings.H2, Mappings.POSTGRESQL, Mappings.MYSQL})
    void softDeleteKindsAreReadFromTheMapping(String dialect) {
        MappingModel model = Mappings.read(dialect, Author.class, Book.class, Chapter.class, Shelf.class);

        assertEquals(List.of(
                new EntityMapping(Author.class.getName(), TableRef.of("authors"), Optional.of(SoftDeleteKind.SOFT_DELETE)),
                new EntityMapping(Book.class.getName(), TableRef.of("books"),
                        Optional.of(SoftDeleteKind.SQL_DELETE_UPDATE)),
                new EntityMapping(Chapter.class.getName(), TableRef.of("chapters"), Optional.empty()),
                new EntityMapping(Shelf.class.getName(), TableRef.of("shelves"), Optional.empty())),
                // Where each was mapped is EntityOriginsTest's concern.
                model.entities().stream().map(e -> new EntityMapping(e.entity(), e.table(), e.softDelete())).toList());
        assertEquals(List.of(), model.polymorphicAssociations());
    }

    @ParameterizedTest
    @ValueSource(strings = {Mappings.H2, Mappings.POSTGRESQL, Mappings.MYSQL})
    void anyAndManyToAnyAreListedWithDiscriminatorAndKeyColumns(String dialect) {
        MappingModel model = Mappings.read(dialect, Comment.class, Board.class, Post.class, Photo.class);

        assertEquals(List.of(
                new PolymorphicAssociation("Board.items", "@ManyToAny", TableRef.of("board_items"),
                        List.of("item_type", "item_id")),
                new PolymorphicAssociation("Comment.target", "@Any", TableRef.of("comments"),
                        List.of("target_type", "target_id"))),
                model.polymorphicAssociations());
        assertEquals(List.of("Board", "Comment", "Photo", "Post"),
                model.entities().stream().map(e -> e.entity().substring(e.entity().lastIndexOf('.') + 1)).toList());
        // No key is implied for a polymorphic reference; the join table's key to boards still is.
        assertEquals(List.of("board_items(board_id) -> boards(id) | JOIN_TABLE Board.items"
                        + " | onDelete=NO_ACTION wanted cascade"),
                Mappings.lines(model));
    }

    /**
     * Hibernate's {@code getProperties()} already holds the properties of an entity's secondary tables: an
     * {@code @Any} there is listed once, not once more for its join.
     */
    @ParameterizedTest
    @ValueSource(strings = {Mappings.H2, Mappings.POSTGRESQL, Mappings.MYSQL})
    void anAnyInASecondaryTableIsListedOnce(String dialect) {
        MappingModel model = Mappings.read(dialect, Note.class, Post.class, Photo.class);

        assertEquals(List.of("Note.target"),
                model.polymorphicAssociations().stream().map(PolymorphicAssociation::source).toList());
    }

    /** A formula discriminator or key is read as a formula, never as a column, and reading it does not assert. */
    @ParameterizedTest
    @ValueSource(strings = {Mappings.H2, Mappings.POSTGRESQL, Mappings.MYSQL})
    void formulasInAnAnyAreKeptApartFromItsColumns(String dialect) {
        MappingModel model = Mappings.read(dialect, dev.fkguard.mapping.features.FeatureModel.Reaction.class,
                dev.fkguard.mapping.features.FeatureModel.Mark.class, dev.fkguard.mapping.features.FeatureModel.Post.class,
                dev.fkguard.mapping.features.FeatureModel.Photo.class);

        assertEquals(List.of(
                new PolymorphicAssociation("Mark.target", "@Any", TableRef.of("fm_marks"), List.of("target_type"),
                        List.of("target_ref")),
                new PolymorphicAssociation("Reaction.target", "@Any", TableRef.of("fm_reactions"),
                        List.of("target_id"), List.of("upper(target_kind)"))),
                model.polymorphicAssociations());
    }
}
