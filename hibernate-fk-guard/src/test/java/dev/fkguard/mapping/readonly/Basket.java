package dev.fkguard.mapping.readonly;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.List;

/** Maps the eggs's key a second time, read-only, and claims it required: the writable mapping is optional. Sorted before Egg, so it is walked first. */
@Entity
@Table(name = "ro_baskets")
public class Basket {
    @Id
    Long id;

    @OneToMany
    @JoinColumn(name = "basket_id", nullable = false, insertable = false, updatable = false)
    List<Egg> eggs;
}
