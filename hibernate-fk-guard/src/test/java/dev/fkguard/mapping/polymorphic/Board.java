package dev.fkguard.mapping.polymorphic;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;
import org.hibernate.annotations.ManyToAny;

@Entity
@Table(name = "boards")
public class Board {
    @Id
    Long id;

    @ManyToAny
    @AnyDiscriminatorValue(discriminator = "POST", entity = Post.class)
    @AnyDiscriminatorValue(discriminator = "PHOTO", entity = Photo.class)
    @AnyKeyJavaClass(Long.class)
    @Column(name = "item_type")
    @JoinTable(name = "board_items", joinColumns = @JoinColumn(name = "board_id"),
            inverseJoinColumns = @JoinColumn(name = "item_id"))
    List<Attachable> items = new ArrayList<>();
}
