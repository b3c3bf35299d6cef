package dev.fkguard.mapping.onetoone;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;

/** Unidirectional one-to-many through a join column in the child table. */
@Entity
@Table(name = "albums")
public class Album {
    @Id
    Long id;

    @OneToMany(cascade = CascadeType.REMOVE)
    @JoinColumn(name = "album_id")
    List<Photo> photos;
}
