package dev.fkguard.mapping.polymorphic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import org.hibernate.annotations.Any;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;

@Entity
@Table(name = "comments")
public class Comment {
    @Id
    Long id;

    @Any
    @AnyDiscriminatorValue(discriminator = "POST", entity = Post.class)
    @AnyDiscriminatorValue(discriminator = "PHOTO", entity = Photo.class)
    @AnyKeyJavaClass(Long.class)
    @Column(name = "target_type")
    @JoinColumn(name = "target_id")
    Attachable target;
}
