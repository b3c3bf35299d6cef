package dev.fkguard.mapping.readonly;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;

@Entity
@Table(name = "ro_regions")
public class Region {
    @EmbeddedId
    Key id;

    @Embeddable
    public static class Key implements Serializable {
        String country;
        String code;
    }
}
