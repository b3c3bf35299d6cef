package dev.fkguard.rules.db;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Any;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;
import org.hibernate.annotations.SQLDelete;
import org.hibernate.annotations.SoftDelete;

/**
 * Mappings for the soft-delete, polymorphic, deferral, composite-order, non-unique-reference and name rules, over
 * {@link ShopTables} and the few tables those tests create themselves.
 */
final class CatalogRuleEntities {

    private CatalogRuleEntities() {
    }

    @Entity(name = "SoftParent")
    @Table(name = "parents")
    @SoftDelete
    static class SoftParent {
        @Id
        Long id;
        String name;
    }

    @Entity(name = "UpdateDeletedParent")
    @Table(name = "parents")
    @SQLDelete(sql = "UPDATE parents SET name = NULL WHERE id = ?")
    static class UpdateDeletedParent {
        @Id
        Long id;
        String name;
    }

    @Entity(name = "CascadeChildOfSoftParent")
    @Table(name = "children")
    static class CascadeChildOfSoftParent {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id")
        @OnDelete(action = OnDeleteAction.CASCADE)
        SoftParent parent;
    }

    /** Maps {@code notes(subject_type, subject_id)} as what it is. */
    @Entity(name = "Note")
    @Table(name = "notes")
    static class Note {
        @Id
        Long id;
        @Any
        @AnyDiscriminatorValue(discriminator = "PARENT", entity = Entities.Parent.class)
        @AnyKeyJavaClass(Long.class)
        @Column(name = "subject_type")
        @JoinColumn(name = "subject_id")
        Object subject;
    }

    /** {@link Note}, accepted the way it had to be before any-association existed. */
    @Entity(name = "FormerlySuppressedNote")
    @Table(name = "notes")
    static class FormerlySuppressedNote {
        @Id
        Long id;
        @Any
        @AnyDiscriminatorValue(discriminator = "PARENT", entity = Entities.Parent.class)
        @AnyKeyJavaClass(Long.class)
        @Column(name = "subject_type")
        @JoinColumn(name = "subject_id")
        @dev.fkguard.FkGuardSuppress(rules = "polymorphic-association", reason = "notes go on anything")
        Object subject;
    }

    /** Maps {@code notes} as if it were a plain table, leaving the column pair to the catalog check. */
    @Entity(name = "PlainNote")
    @Table(name = "notes")
    static class PlainNote {
        @Id
        Long id;
        @Column(name = "subject_type")
        String subjectType;
        @Column(name = "subject_id")
        Long subjectId;
    }

    @Entity(name = "Hen")
    @Table(name = "hens")
    static class Hen {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "egg_id")
        Egg egg;
    }

    @Entity(name = "Egg")
    @Table(name = "eggs")
    static class Egg {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "hen_id")
        Hen hen;
    }

    @Entity(name = "Shipment")
    @Table(name = "shipments")
    static class Shipment {
        @jakarta.persistence.EmbeddedId
        ShipmentId id;
    }

    @jakarta.persistence.Embeddable
    static class ShipmentId implements java.io.Serializable {
        @Column(name = "region")
        String region;
        @Column(name = "serial_no")
        Long number;

        @Override
        public boolean equals(Object other) {
            return other instanceof ShipmentId that && java.util.Objects.equals(region, that.region)
                    && java.util.Objects.equals(number, that.number);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(region, number);
        }
    }

    @Entity(name = "Parcel")
    @Table(name = "parcels")
    static class Parcel {
        @Id
        Long id;
        @ManyToOne
        @JoinColumns({
                @JoinColumn(name = "shipment_region", referencedColumnName = "region"),
                @JoinColumn(name = "shipment_serial_no", referencedColumnName = "serial_no")})
        Shipment shipment;
    }

    @Entity(name = "CodedParent")
    @Table(name = "coded_parents")
    static class CodedParent {
        @Id
        Long id;
        @Column(name = "code")
        String code;
    }

    @Entity(name = "ChildByCode")
    @Table(name = "children_by_code")
    static class ChildByCode {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_code", referencedColumnName = "code")
        CodedParent parent;
    }

    /** {@link ChildByCode}'s case twin: on PostgreSQL and H2 the quoted name is another table. */
    @Entity(name = "QuotedChildByCode")
    @Table(name = "\"Children_By_Code\"")
    static class QuotedChildByCode {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_code", referencedColumnName = "code")
        CodedParent parent;
    }

    @Entity(name = "NamedKeyChild")
    @Table(name = "children")
    static class NamedKeyChild {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(name = "fk_child_to_parent"))
        Entities.Parent parent;
    }
}
