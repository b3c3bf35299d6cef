package dev.fkguard.build.isolated.sample;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "books")
public class Book {
    @Id
    Long id;

    @ManyToOne(optional = false)
    @JoinColumn(name = "author_id", nullable = false)
    Author author;
}
