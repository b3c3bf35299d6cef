package dev.fkguard.mapping.polymorphic;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity(name = "PolyPost")
@Table(name = "posts")
public class Post implements Attachable {
    @Id
    Long id;
}
