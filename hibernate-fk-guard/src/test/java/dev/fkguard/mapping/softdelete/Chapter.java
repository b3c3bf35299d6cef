package dev.fkguard.mapping.softdelete;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SQLDelete;

/** A custom delete that still deletes: not a soft delete. */
@Entity
@Table(name = "chapters")
@SQLDelete(sql = "DELETE FROM chapters WHERE id = ?")
public class Chapter {
    @Id
    Long id;
}
