package dev.fkguard.mapping.polymorphic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import org.hibernate.annotations.Any;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;

/** An {@code @Any} whose columns live in a secondary table: Hibernate lists it among the join's properties. */
@Entity
@Table(name = "notes")
@SecondaryTable(name = "note_details")
public class Note {
    @Id
    Long id;

    @Any
    @AnyDiscriminatorValue(discriminator = "POST", entity = Post.class)
    @AnyDiscriminatorValue(discriminator = "PHOTO", entity = Photo.class)
    @AnyKeyJavaClass(Long.class)
    @Column(name = "target_type", table = "note_details")
    @JoinColumn(name = "target_id", table = "note_details")
    Attachable target;
}
