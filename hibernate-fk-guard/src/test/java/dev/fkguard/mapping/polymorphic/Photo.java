package dev.fkguard.mapping.polymorphic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "PolyPhoto")
@Table(name = "photos")
public class Photo implements Attachable {
    @Id
    Long id;
}
