package dev.fkguard.junit;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;

import java.util.ArrayList;
import java.util.List;

/** A library owns its books: removing it removes them, in the mapping and (wanted) in the database. */
@Entity
@Table(name = "libraries")
public class Library {
    @Id
    Long id;
    String name;
    @OneToMany(mappedBy = "library", cascade = CascadeType.ALL, orphanRemoval = true)
    List<Book> books = new ArrayList<>();
}
