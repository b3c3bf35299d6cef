package dev.fkguard.mapping.features;

import jakarta.persistence.Basic;
import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.DiscriminatorValue;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Embedded;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Inheritance;
import jakarta.persistence.InheritanceType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinColumns;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MapKeyJoinColumn;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.MapsId;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SecondaryTable;
import jakarta.persistence.Table;
import org.hibernate.annotations.Any;
import org.hibernate.annotations.AnyDiscriminatorValue;
import org.hibernate.annotations.AnyKeyJavaClass;
import org.hibernate.annotations.Formula;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JoinColumnOrFormula;
import org.hibernate.annotations.JoinColumnsOrFormulas;
import org.hibernate.annotations.JoinFormula;
import org.hibernate.annotations.LazyGroup;
import org.hibernate.annotations.ManyToAny;
import org.hibernate.annotations.SQLRestriction;
import org.hibernate.annotations.SoftDelete;
import org.hibernate.annotations.Subselect;
import org.hibernate.annotations.Synchronize;
import org.hibernate.annotations.TenantId;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One entity model using every mapping feature the guard must read without a false finding: formulas and
 * {@code @JoinFormula}, {@code @Any}/{@code @ManyToAny}, {@code @Subselect}, {@code @Immutable},
 * {@code @SecondaryTable}, {@code @CollectionTable}, {@code @OrderColumn}, {@code @MapKeyJoinColumn}, {@code @MapsId},
 * {@code @IdClass} and other derived ids, record embeddables, a generic superclass, the three inheritance strategies,
 * {@code @SQLRestriction}, {@code @SoftDelete}, {@code @TenantId}, read-only duplicate columns and lazy attributes that
 * bytecode enhancement makes lazy. Booted once per engine with {@code hbm2ddl=create}, plain and enhanced
 * ({@link dev.fkguard.support.EnhancedClasses}): Hibernate's own schema is the oracle.
 */
public final class FeatureModel {

    private FeatureModel() {
    }

    public static final Class<?>[] ENTITIES = {
            Person.class, Pet.class, Badge.class, Post.class, Photo.class, Comment.class, Board.class,
            PetSummary.class, Country.class, Product.class, Album.class, Course.class, Enrollment.class,
            Seat.class, PersonDetail.class, Car.class, Vehicle.class, Truck.class, Payment.class, CardPayment.class,
            Shape.class, Circle.class, Drawing.class, Invoice.class, InvoiceLine.class, Tenanted.class, Basket.class,
            Egg.class, Region.class, Store.class, Traveller.class, Passport.class};

    /**
     * Formulas in an {@code @Any}: Hibernate binds them, but its own validation refuses to start a SessionFactory
     * with them on 6.6 ("maps to 2 columns but 2 columns are required"), so the guard reads them from the metadata.
     */
    public static final Class<?>[] FORMULA_ANY = {Reaction.class, Mark.class, Post.class, Photo.class};

    @Entity(name = "FmPerson")
    @Table(name = "fm_people")
    public static class Person {
        @Id
        Long id;
        String code;
        @Embedded
        Address address;
        @Formula("upper(code)")
        String upperCode;
    }

    /** A record as an embeddable. */
    @Embeddable
    public record Address(String street, String city) {
    }

    /** Joins through formulas: no key, an INFO each. */
    @Entity(name = "FmPet")
    @Table(name = "fm_pets")
    public static class Pet {
        @Id
        Long id;
        @Column(name = "owner_ref")
        Long ownerRef;
        @Column(name = "keeper_code")
        String keeperCode;
        @ManyToOne
        @JoinFormula("owner_ref")
        Person owner;
        @ManyToOne
        @JoinColumnsOrFormulas(@JoinColumnOrFormula(formula = @JoinFormula(value = "keeper_code",
                referencedColumnName = "code")))
        Person keeper;
        @ManyToOne
        @JoinColumn(name = "vet_id")
        Person vet;
    }

    @Entity(name = "FmBadge")
    @Table(name = "fm_badges")
    public static class Badge {
        @Id
        Long id;
    }

    public interface Attachable {
    }

    @Entity(name = "FmPost")
    @Table(name = "fm_posts")
    public static class Post implements Attachable {
        @Id
        Long id;
    }

    @Entity(name = "FmPhoto")
    @Table(name = "fm_photos")
    public static class Photo implements Attachable {
        @Id
        Long id;
    }

    @Entity(name = "FmComment")
    @Table(name = "fm_comments")
    public static class Comment {
        @Id
        Long id;
        @Any
        @AnyDiscriminatorValue(discriminator = "POST", entity = Post.class)
        @AnyDiscriminatorValue(discriminator = "PHOTO", entity = Photo.class)
        @AnyKeyJavaClass(Long.class)
        @Column(name = "target_type")
        @JoinColumn(name = "target_id")
        Attachable target;
    }

    @Entity(name = "FmBoard")
    @Table(name = "fm_boards")
    public static class Board {
        @Id
        Long id;
        @ManyToAny
        @AnyDiscriminatorValue(discriminator = "POST", entity = Post.class)
        @AnyDiscriminatorValue(discriminator = "PHOTO", entity = Photo.class)
        @AnyKeyJavaClass(Long.class)
        @Column(name = "item_type")
        @JoinTable(name = "fm_board_items", joinColumns = @JoinColumn(name = "board_id"),
                inverseJoinColumns = @JoinColumn(name = "item_id"))
        List<Attachable> items;
    }

    /** An {@code @Any} whose discriminator is computed by a {@code @Formula}: a type, but no type column. */
    @Entity(name = "FmReaction")
    @Table(name = "fm_reactions")
    public static class Reaction {
        @Id
        Long id;
        @Column(name = "target_kind")
        String targetKind;
        @Any
        @AnyDiscriminatorValue(discriminator = "POST", entity = Post.class)
        @AnyDiscriminatorValue(discriminator = "PHOTO", entity = Photo.class)
        @AnyKeyJavaClass(Long.class)
        @Formula("upper(target_kind)")
        @JoinColumn(name = "target_id")
        Attachable target;
    }

    /** An {@code @Any} whose key is a {@code @JoinFormula}: an id, but no key column of its own. */
    @Entity(name = "FmMark")
    @Table(name = "fm_marks")
    public static class Mark {
        @Id
        Long id;
        @Column(name = "target_ref")
        Long targetRef;
        @Any
        @AnyDiscriminatorValue(discriminator = "POST", entity = Post.class)
        @AnyDiscriminatorValue(discriminator = "PHOTO", entity = Photo.class)
        @AnyKeyJavaClass(Long.class)
        @Column(name = "target_type")
        @JoinFormula("target_ref")
        Attachable target;
    }

    /**
     * Lazy where only bytecode enhancement makes it lazy: a lazy basic attribute in a fetch group, the inverse side of
     * a lazy one-to-one (what {@code @LazyToOne(NO_PROXY)} was for, deprecated since enhancement does it).
     */
    @Entity(name = "FmTraveller")
    @Table(name = "fm_travellers")
    public static class Traveller {
        @Id
        Long id;
        @Basic(fetch = FetchType.LAZY)
        @LazyGroup("notes")
        @Column(name = "notes", length = 4000)
        String notes;
        @OneToOne(mappedBy = "holder", fetch = FetchType.LAZY)
        Passport passport;

        /** Enhancement turns this field read into a read through the interceptor, which loads the lazy group. */
        public String notes() {
            return notes;
        }
    }

    /** The owning side: a required lazy one-to-one and a lazy to-one, both with their key. */
    @Entity(name = "FmPassport")
    @Table(name = "fm_passports")
    public static class Passport {
        @Id
        Long id;
        @OneToOne(fetch = FetchType.LAZY, optional = false)
        @JoinColumn(name = "holder_id", nullable = false, unique = true)
        Traveller holder;
        @ManyToOne(fetch = FetchType.LAZY)
        @JoinColumn(name = "issuer_id")
        Country issuer;
        @Basic(fetch = FetchType.LAZY)
        @Column(name = "photo")
        byte[] photo;

        public Traveller holder() {
            return holder;
        }
    }

    /** A view-like entity: a query, no table. */
    @Entity(name = "FmPetSummary")
    @Immutable
    @Subselect("select p.id as id, p.vet_id as vet_id from fm_pets p")
    @Synchronize("fm_pets")
    public static class PetSummary {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "vet_id")
        Person vet;
    }

    @Entity(name = "FmCountry")
    @Table(name = "fm_countries")
    @Immutable
    public static class Country {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "founder_id")
        Person founder;
    }

    /** A secondary table with a to-one in it; an element collection with an order column. */
    @Entity(name = "FmProduct")
    @Table(name = "fm_products")
    @SecondaryTable(name = "fm_product_details")
    @SQLRestriction("code <> 'x'")
    public static class Product {
        @Id
        Long id;
        String code;
        @ManyToOne
        @JoinColumn(name = "maker_id", table = "fm_product_details")
        Person maker;
        @ElementCollection
        @CollectionTable(name = "fm_product_tags", joinColumns = @JoinColumn(name = "product_id"))
        @OrderColumn(name = "position")
        @Column(name = "tag")
        List<String> tags;
        @ElementCollection
        @CollectionTable(name = "fm_product_ratings", joinColumns = @JoinColumn(name = "product_id"))
        @MapKeyJoinColumn(name = "rater_id")
        @Column(name = "stars")
        Map<Person, Integer> ratings;
        @ManyToMany
        @JoinTable(name = "fm_product_badges", joinColumns = @JoinColumn(name = "product_id"),
                inverseJoinColumns = @JoinColumn(name = "badge_id"))
        @SQLRestriction("id > 0")
        Set<Badge> badges;
    }

    /** Soft-deleted itself and in its collection, so nothing is ever deleted for real. */
    @Entity(name = "FmAlbum")
    @Table(name = "fm_albums")
    @SoftDelete
    public static class Album {
        @Id
        Long id;
        @ElementCollection
        @CollectionTable(name = "fm_album_tags", joinColumns = @JoinColumn(name = "album_id"))
        @SoftDelete
        @Column(name = "tag")
        Set<String> tags;
    }

    @Entity(name = "FmCourse")
    @Table(name = "fm_courses")
    public static class Course {
        @Id
        Long id;
    }

    public static class EnrollmentId implements Serializable {
        Long course;
        Long student;

        @Override
        public boolean equals(Object other) {
            return other instanceof EnrollmentId id && java.util.Objects.equals(course, id.course)
                    && java.util.Objects.equals(student, id.student);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(course, student);
        }
    }

    /** A derived identity through @IdClass. */
    @Entity(name = "FmEnrollment")
    @Table(name = "fm_enrollments")
    @IdClass(EnrollmentId.class)
    public static class Enrollment {
        @Id
        @ManyToOne
        @JoinColumn(name = "course_id")
        Course course;
        @Id
        @ManyToOne
        @JoinColumn(name = "student_id")
        Person student;
    }

    @Embeddable
    public record SeatId(Long courseId, Integer number) implements Serializable {
    }

    /** A derived identity through @EmbeddedId and @MapsId (a record id). */
    @Entity(name = "FmSeat")
    @Table(name = "fm_seats")
    public static class Seat {
        @EmbeddedId
        SeatId id;
        @MapsId("courseId")
        @ManyToOne
        @JoinColumn(name = "course_id")
        Course course;
    }

    /** Shares its primary key with the person. */
    @Entity(name = "FmPersonDetail")
    @Table(name = "fm_person_details")
    public static class PersonDetail {
        @Id
        Long id;
        @MapsId
        @OneToOne
        @JoinColumn(name = "id")
        Person person;
    }

    @MappedSuperclass
    public abstract static class Owned<T> {
        @ManyToOne
        @JoinColumn(name = "owner_id")
        T owner;
    }

    /** A generic superclass's to-one, bound to Person here. */
    @Entity(name = "FmCar")
    @Table(name = "fm_cars")
    public static class Car extends Owned<Person> {
        @Id
        Long id;
    }

    @Entity(name = "FmVehicle")
    @Table(name = "fm_vehicles")
    @Inheritance(strategy = InheritanceType.SINGLE_TABLE)
    public static class Vehicle {
        @Id
        Long id;
    }

    @Entity(name = "FmTruck")
    @DiscriminatorValue("truck")
    public static class Truck extends Vehicle {
        @ManyToOne(optional = false)
        @JoinColumn(name = "driver_id")
        Person driver;
    }

    @Entity(name = "FmPayment")
    @Table(name = "fm_payments")
    @Inheritance(strategy = InheritanceType.JOINED)
    public static class Payment {
        @Id
        Long id;
    }

    @Entity(name = "FmCardPayment")
    @Table(name = "fm_card_payments")
    public static class CardPayment extends Payment {
        @ManyToOne
        @JoinColumn(name = "holder_id")
        Person holder;
    }

    @Entity(name = "FmShape")
    @Inheritance(strategy = InheritanceType.TABLE_PER_CLASS)
    public abstract static class Shape {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "author_id")
        Person author;
    }

    @Entity(name = "FmCircle")
    @Table(name = "fm_circles")
    public static class Circle extends Shape {
        Integer radius;
    }

    /** References a TABLE_PER_CLASS root: rows of several tables, so Hibernate builds no key. */
    @Entity(name = "FmDrawing")
    @Table(name = "fm_drawings")
    public static class Drawing {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "shape_id")
        Shape shape;
    }

    /** cascade = ALL + orphanRemoval over the RESTRICT key Hibernate creates: how most models work. */
    @Entity(name = "FmInvoice")
    @Table(name = "fm_invoices")
    public static class Invoice {
        @Id
        Long id;
        @OneToMany(mappedBy = "invoice", cascade = CascadeType.ALL, orphanRemoval = true)
        List<InvoiceLine> lines;
    }

    @Entity(name = "FmInvoiceLine")
    @Table(name = "fm_invoice_lines")
    public static class InvoiceLine {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "invoice_id", nullable = false)
        Invoice invoice;
    }

    @Entity(name = "FmTenanted")
    @Table(name = "fm_tenanted")
    public static class Tenanted {
        @Id
        Long id;
        @TenantId
        String tenant;
        @ManyToOne
        @JoinColumn(name = "person_id")
        Person person;
    }

    /** Maps the eggs' key again, read-only, claiming it required; the writable mapping is optional. */
    @Entity(name = "FmBasket")
    @Table(name = "fm_baskets")
    public static class Basket {
        @Id
        Long id;
        @OneToMany
        @JoinColumn(name = "basket_id", nullable = false, insertable = false, updatable = false)
        List<Egg> eggs;
    }

    @Entity(name = "FmEgg")
    @Table(name = "fm_eggs")
    public static class Egg {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "basket_id")
        Basket basket;
    }

    @Embeddable
    public static class RegionKey implements Serializable {
        String country;
        String code;

        @Override
        public boolean equals(Object other) {
            return other instanceof RegionKey key && java.util.Objects.equals(country, key.country)
                    && java.util.Objects.equals(code, key.code);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(country, code);
        }
    }

    @Entity(name = "FmRegion")
    @Table(name = "fm_regions")
    public static class Region {
        @EmbeddedId
        RegionKey id;
    }

    /** Required basic columns re-used, read-only, by an optional to-one: the basic columns decide. */
    @Entity(name = "FmStore")
    @Table(name = "fm_stores")
    public static class Store {
        @Id
        Long id;
        @Column(name = "country", nullable = false)
        String country;
        @Column(name = "region_code", nullable = false)
        String regionCode;
        @ManyToOne
        @JoinColumns({
                @JoinColumn(name = "country", referencedColumnName = "country", insertable = false, updatable = false),
                @JoinColumn(name = "region_code", referencedColumnName = "code", insertable = false,
                        updatable = false)})
        Region region;
    }
}
