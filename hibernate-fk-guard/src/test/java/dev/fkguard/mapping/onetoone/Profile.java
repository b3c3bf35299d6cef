package dev.fkguard.mapping.onetoone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Owning one-to-one through a join column. */
@Entity
@Table(name = "profiles")
public class Profile {
    @Id
    Long id;

    @OneToOne(optional = false)
    @JoinColumn(name = "account_id", nullable = false, unique = true)
    Account account;
}
