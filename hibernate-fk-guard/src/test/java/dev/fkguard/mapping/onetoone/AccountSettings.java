package dev.fkguard.mapping.onetoone;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToOne;
import jakarta.persistence.Table;

/** Shares the account's primary key through @MapsId. */
@Entity
@Table(name = "account_settings")
public class AccountSettings {
    @Id
    Long id;

    @MapsId
    @OneToOne
    @JoinColumn(name = "account_id")
    Account account;
}
