package dev.fkguard.mapping.embedded;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AssociationOverride;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.List;

@Entity
@Table(name = "teams")
public class Team {
    @Id
    Long id;

    /** A to-one inside an embeddable lives in the entity's own table. */
    @Embedded
    @AssociationOverride(name = "person", joinColumns = @JoinColumn(name = "lead_id"))
    @AttributeOverride(name = "role", column = @Column(name = "lead_role"))
    Contact lead;

    /** A to-one inside an embeddable element lives in the collection table. */
    @ElementCollection
    @CollectionTable(name = "team_members", joinColumns = @JoinColumn(name = "team_id"))
    List<Contact> members;
}
