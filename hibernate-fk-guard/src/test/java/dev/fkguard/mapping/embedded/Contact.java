package dev.fkguard.mapping.embedded;

import jakarta.persistence.Embeddable;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

@Embeddable
public class Contact {
    @ManyToOne
    @JoinColumn(name = "person_id")
    Person person;

    String role;
}
