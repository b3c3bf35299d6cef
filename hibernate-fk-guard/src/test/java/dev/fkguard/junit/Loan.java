package dev.fkguard.junit;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "loans")
public class Loan {
    @Id
    Long id;
    @ManyToOne(optional = false)
    @JoinColumn(name = "book_id", nullable = false)
    Book book;
}
