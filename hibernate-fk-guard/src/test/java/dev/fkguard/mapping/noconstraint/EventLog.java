package dev.fkguard.mapping.noconstraint;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.Set;
import org.hibernate.annotations.NotFound;
import org.hibernate.annotations.NotFoundAction;

@Entity
@Table(name = "event_log")
public class EventLog {
    @Id
    Long id;

    @ManyToOne
    @JoinColumn(name = "subject_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Target subject;

    @ManyToOne
    @JoinColumn(name = "lenient_id")
    @NotFound(action = NotFoundAction.IGNORE)
    Target lenient;

    @ManyToOne
    @JoinColumn(name = "required_id")
    Target required;

    @ManyToMany
    @JoinTable(name = "event_targets",
            joinColumns = @JoinColumn(name = "event_id"),
            inverseJoinColumns = @JoinColumn(name = "target_id"),
            foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT),
            inverseForeignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
    Set<Target> targets;
}
