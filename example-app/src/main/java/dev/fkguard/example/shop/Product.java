package dev.fkguard.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.SQLDelete;
import org.hibernate.annotations.SQLRestriction;

/**
 * A product. Deleting its category only unclassifies it (SET NULL); it never deletes sale history.
 *
 * <p>Products are soft-deleted: {@code session.remove(product)} only sets {@code deleted}, because a discontinued
 * product must stay visible in old orders. That is the field manual's soft-delete pitfall, kept on purpose: the
 * database still has {@code reviews.product_id ... ON DELETE CASCADE}, which never fires for an UPDATE, so the
 * reviews of a "deleted" product stay. The guard reports it as soft-delete-hard-cascade (a WARNING; only a change
 * to the mapping or to the soft-delete path fixes it, see docs/example.md).
 */
@Entity
@Table(name = "products")
@SQLDelete(sql = "UPDATE products SET deleted = true WHERE id = ?")
@SQLRestriction("deleted = false")
public class Product {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "category_id", foreignKey = @ForeignKey(name = "fk_products_category"))
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private Category category;

    @Column(name = "price", nullable = false, precision = 10, scale = 2)
    private BigDecimal price;

    @Column(name = "stock_quantity", nullable = false)
    private int stockQuantity;

    @Column(name = "deleted", nullable = false)
    private boolean deleted;

    protected Product() {
    }

    public Product(String name, Category category, BigDecimal price, int stockQuantity) {
        this.name = name;
        this.category = category;
        this.price = price;
        this.stockQuantity = stockQuantity;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Category getCategory() {
        return category;
    }

    public BigDecimal getPrice() {
        return price;
    }

    public int getStockQuantity() {
        return stockQuantity;
    }

    public boolean isDeleted() {
        return deleted;
    }
}
