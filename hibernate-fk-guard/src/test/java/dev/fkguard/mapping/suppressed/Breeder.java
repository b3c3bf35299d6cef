package dev.fkguard.mapping.suppressed;

import dev.fkguard.FkGuardSuppress;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.PrimaryKeyJoinColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;

import java.util.HashSet;
import java.util.Set;

/** Entity-level suppression: its own table, its secondary table and its element collection table. */
@Entity
@Table(name = "breeders")
@SecondaryTable(name = "breeder_licenses", pkJoinColumns = @PrimaryKeyJoinColumn(name = "breeder_id"))
@PrimaryKeyJoinColumn(name = "owner_id")
@FkGuardSuppress(rules = {"missing-foreign-key", "unexpected-foreign-key"}, reason = "legacy schema, see ticket 42")
public class Breeder extends Owner {
    @jakarta.persistence.Column(table = "breeder_licenses")
    String license;

    @ElementCollection
    @CollectionTable(name = "breeder_awards", joinColumns = @JoinColumn(name = "breeder_id"))
    Set<String> awards = new HashSet<>();
}
