package dev.fkguard.junit;

/** The tables of {@link Library}, {@link Book} and {@link Loan}: as mapped, and with two planted drifts. */
final class LibrarySchema {

    private LibrarySchema() {
    }

    static final Class<?>[] ENTITIES = {Library.class, Book.class, Loan.class};

    /** Registered in src/test/resources/META-INF/persistence.xml with exactly {@link #ENTITIES}. */
    static final String PERSISTENCE_UNIT = "fkguard-library";

    static final String[] CORRECT = {
            "CREATE TABLE libraries (id BIGINT NOT NULL PRIMARY KEY, name VARCHAR(255))",
            "CREATE TABLE books (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR(255), library_id BIGINT NOT NULL,"
                    + " CONSTRAINT fk_books_library FOREIGN KEY (library_id) REFERENCES libraries (id)"
                    + " ON DELETE CASCADE)",
            "CREATE TABLE loans (id BIGINT NOT NULL PRIMARY KEY, book_id BIGINT NOT NULL,"
                    + " CONSTRAINT fk_loans_book FOREIGN KEY (book_id) REFERENCES books (id))",
            // PostgreSQL indexes no foreign key by itself
            "CREATE INDEX idx_books_library ON books (library_id)",
            "CREATE INDEX idx_loans_book ON loans (book_id)"};

    static final String[] DRIFTED = {
            CORRECT[0],
            // ON DELETE CASCADE forgotten
            "CREATE TABLE books (id BIGINT NOT NULL PRIMARY KEY, title VARCHAR(255), library_id BIGINT NOT NULL,"
                    + " CONSTRAINT fk_books_library FOREIGN KEY (library_id) REFERENCES libraries (id))",
            // the foreign key never created
            "CREATE TABLE loans (id BIGINT NOT NULL PRIMARY KEY, book_id BIGINT NOT NULL)",
            CORRECT[3]};

    /** The two findings the drifted schema produces, as the report spells them (lower-cased). */
    static final String CASCADE_FINDING = "error [delete-rule-mismatch] books.library_id → libraries.id";
    static final String MISSING_FINDING = "error [missing-foreign-key] loans.book_id → books.id";
}
