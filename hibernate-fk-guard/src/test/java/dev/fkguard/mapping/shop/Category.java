package dev.fkguard.mapping.shop;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Self-reference with ON DELETE SET NULL. */
@Entity
@Table(name = "categories")
public class Category {
    @Id
    Long id;

    @ManyToOne
    @JoinColumn(name = "parent_category_id")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    Category parent;
}
