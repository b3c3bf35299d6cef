package dev.fkguard.mapping.noconstraint;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

@Entity
@Table(name = "targets")
public class Target {
    @Id
    Long id;
}
