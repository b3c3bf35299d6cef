package dev.fkguard.mapping.readonly;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

@Entity
@Table(name = "ro_eggs")
public class Egg {
    @Id
    Long id;

    @ManyToOne
    @JoinColumn(name = "basket_id")
    Basket basket;
}
