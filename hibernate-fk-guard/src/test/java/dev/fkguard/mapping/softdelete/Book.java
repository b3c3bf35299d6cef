package dev.fkguard.mapping.softdelete;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLDelete;

/** Soft delete written by hand: the delete statement is an UPDATE (lower case and indented on purpose). */
@Entity
@Table(name = "books")
@SQLDelete(sql = "  update books set deleted = true where id = ?")
public class Book {
    @Id
    Long id;
    boolean deleted;
}
