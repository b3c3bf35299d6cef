package dev.fkguard.mapping.softdelete;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.SoftDelete;

@Entity
@Table(name = "authors")
@SoftDelete
public class Author {
    @Id
    Long id;
}
