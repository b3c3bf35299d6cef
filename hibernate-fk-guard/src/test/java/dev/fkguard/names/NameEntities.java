package dev.fkguard.names;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.Subselect;

/** Mappings whose names and namespaces are hard to get right; the tables are created by NamesOnDatabasesTest. */
final class NameEntities {

    /** The second schema (MySQL/MariaDB: database) the namespace cases use, dropped and created by each test. */
    static final String CRM = "fkg_crm";

    static final String LONG_TABLE = "customer_accounts_with_a_very_long_name_that_reaches_64_bytes_xx";
    static final String LONG_COLUMN = "customer_account_reference_with_a_long_name_reaching_64_bytes_xy";
    /** 63 characters, 64 UTF-8 bytes: PostgreSQL keeps the 62 before the {@code ß}, which would end past byte 63. */
    static final String LONG_KEY = "fk_long_accounts_owner_named_past_the_postgresql_limit_63_byte\u00df";

    private NameEntities() {
    }

    // --- two schemas with the same table names; cross-schema keys (H2, PostgreSQL: schema) ----------------------

    @Entity(name = "SCustomer")
    @Table(name = "customers")
    static class SCustomer {
        @Id
        Long id;
    }

    @Entity(name = "SCrmCustomer")
    @Table(name = "customers", schema = CRM)
    static class SCrmCustomer {
        @Id
        Long id;
    }

    @Entity(name = "SNote")
    @Table(name = "notes")
    static class SNote {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        SCustomer customer;
        @ManyToOne
        @JoinColumn(name = "crm_customer_id")
        SCrmCustomer crmCustomer;
    }

    /** Mapped, in crm, with a key into the application's schema: the other direction of a cross-schema key. */
    @Entity(name = "SCrmLead")
    @Table(name = "leads", schema = CRM)
    static class SCrmLead {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        SCustomer customer;
    }

    // --- the same for MySQL and MariaDB, where Hibernate qualifies by catalog (= database) -----------------------

    @Entity(name = "MCustomer")
    @Table(name = "customers")
    static class MCustomer {
        @Id
        Long id;
    }

    @Entity(name = "MCrmCustomer")
    @Table(name = "customers", catalog = CRM)
    static class MCrmCustomer {
        @Id
        Long id;
    }

    @Entity(name = "MNote")
    @Table(name = "notes")
    static class MNote {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        MCustomer customer;
        @ManyToOne
        @JoinColumn(name = "crm_customer_id")
        MCrmCustomer crmCustomer;
    }

    @Entity(name = "MCrmLead")
    @Table(name = "leads", catalog = CRM)
    static class MCrmLead {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        MCustomer customer;
    }

    // --- the same table name in the application's schema and in crm, crm's unmapped (its key has its own rule) ---

    @Entity(name = "OCustomer")
    @Table(name = "customers")
    static class OCustomer {
        @Id
        Long id;
    }

    @Entity(name = "ONote")
    @Table(name = "notes")
    static class ONote {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
        OCustomer customer;
    }

    // --- a column named by a word only the driver's getSQLKeywords() lists (not the SQL standard) -----------------

    @Entity(name = "KwOwner")
    @Table(name = "kw_owners")
    static class KwOwner {
        @Id
        Long id;
    }

    /** {@code continue}: MySQL and MariaDB reserve it, their drivers list it, the SQL standard does not. */
    @Entity(name = "KwStep")
    @Table(name = "kw_steps")
    static class KwStep {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "continue")
        KwOwner owner;
    }

    /** {@code comment}: PostgreSQL's driver lists it, the SQL standard does not. */
    @Entity(name = "KwRemark")
    @Table(name = "kw_remarks")
    static class KwRemark {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "comment")
        KwOwner owner;
    }

    // --- unqualified, for hibernate.default_schema / default_catalog ---------------------------------------------

    @Entity(name = "DCustomer")
    @Table(name = "customers")
    static class DCustomer {
        @Id
        Long id;
    }

    @Entity(name = "DNote")
    @Table(name = "notes")
    static class DNote {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        DCustomer customer;
    }

    // --- quoted mixed case, with unquoted twins in the database ---------------------------------------------------

    @Entity(name = "QCustomer")
    @Table(name = "\"Customer\"")
    static class QCustomer {
        @Id
        Long id;
    }

    @Entity(name = "QOrderLine")
    @Table(name = "\"OrderLines\"")
    static class QOrderLine {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        QCustomer customer;
    }

    // --- case-only column twins ---------------------------------------------------------------------------------

    @Entity(name = "CtRegion")
    @Table(name = "ct_regions")
    static class CtRegion {
        @Id
        Long id;
    }

    @Entity(name = "CtZone")
    @Table(name = "ct_zones")
    static class CtZone {
        @Id
        Long id;
    }

    /** Two columns that differ only in case (H2, PostgreSQL): {@code code}, unquoted, and the quoted {@code "Code"}. */
    @Entity(name = "CtShop")
    @Table(name = "ct_shops")
    static class CtShop {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "code")
        CtRegion region;
        @ManyToOne
        @JoinColumn(name = "\"Code\"")
        CtZone zone;
    }

    /** H2: an unquoted {@code code}, which H2 stores as {@code CODE}, beside which the table has a quoted {@code "code"}. */
    @Entity(name = "CtFoldUpper")
    @Table(name = "ct_folds")
    static class CtFoldUpper {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "code")
        CtRegion region;
    }

    /** PostgreSQL: an unquoted {@code CODE}, stored as {@code code}, beside which the table has a quoted {@code "CODE"}. */
    @Entity(name = "CtFoldLower")
    @Table(name = "ct_folds")
    static class CtFoldLower {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "CODE")
        CtRegion region;
    }

    /** Case-only twins whose keys have the same target: {@code code} and the quoted {@code "Code"}. */
    @Entity(name = "CtPair")
    @Table(name = "ct_pairs")
    static class CtPair {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "code")
        CtRegion region;
        @ManyToOne
        @JoinColumn(name = "\"Code\"")
        CtRegion backup;
    }

    /** {@link CtPair}, the quoted twin's missing key accepted: only that twin's finding is suppressed. */
    @Entity(name = "CtSuppressedPair")
    @Table(name = "ct_pairs")
    static class CtSuppressedPair {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "code")
        CtRegion region;
        @ManyToOne
        @JoinColumn(name = "\"Code\"")
        @dev.fkguard.FkGuardSuppress(rules = "missing-foreign-key", reason = "the DBA adds the backup key")
        CtRegion backup;
    }

    @Entity(name = "CwParent")
    @Table(name = "cw_parents")
    static class CwParent {
        @Id
        Long id;
    }

    /**
     * Join columns {@code parent_code}, unquoted, and its quoted case twin {@code "Parent_Code"} on one table, the
     * same target, each its own key and delete rule: PostgreSQL stores them {@code parent_code} and
     * {@code Parent_Code}, H2 {@code PARENT_CODE} and {@code Parent_Code}.
     */
    @Entity(name = "CwItem")
    @Table(name = "cw_items")
    static class CwItem {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_code")
        @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
        CwParent parent;
        @ManyToOne
        @JoinColumn(name = "\"Parent_Code\"")
        @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.SET_NULL)
        CwParent backup;
    }

    /**
     * H2's own twins, {@code parent_code} unquoted (stored {@code PARENT_CODE}) and {@code "parent_code"} quoted, in one
     * mapping: Hibernate refuses it, both being the logical name {@code parent_code} (DuplicateMappingException).
     */
    @Entity(name = "CwFoldTwins")
    @Table(name = "cw_folds")
    static class CwFoldTwins {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_code")
        CwParent parent;
        @ManyToOne
        @JoinColumn(name = "\"parent_code\"")
        CwParent backup;
    }

    /** H2: the unquoted {@code parent_code} (stored {@code PARENT_CODE}) only; the table also has a quoted twin. */
    @Entity(name = "CwFold")
    @Table(name = "cw_folds")
    static class CwFold {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_code")
        @org.hibernate.annotations.OnDelete(action = org.hibernate.annotations.OnDeleteAction.CASCADE)
        CwParent parent;
    }

    /** MySQL and MariaDB: column names never differ by case alone, so the quoted {@code `Code`} is {@code code}. */
    @Entity(name = "CtStall")
    @Table(name = "ct_stalls")
    static class CtStall {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "`Code`")
        CtZone zone;
    }

    // --- reserved words, written unquoted as a mapping would ------------------------------------------------------

    @Entity(name = "WRank")
    @Table(name = "rank")
    static class WRank {
        @Id
        @Column(name = "interval")
        Long id;
    }

    @Entity(name = "WDesc")
    @Table(name = "desc")
    static class WDesc {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "range")
        WRank rank;
    }

    // --- spaces (quoted, as they must be) -------------------------------------------------------------------------

    @Entity(name = "SpNote")
    @Table(name = "\"order notes\"")
    static class SpNote {
        @Id
        Long id;
    }

    @Entity(name = "SpLine")
    @Table(name = "\"note lines\"")
    static class SpLine {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "\"note ref\"")
        SpNote note;
    }

    // --- non-ASCII, unquoted ------------------------------------------------------------------------------------

    @Entity(name = "NOffice")
    @Table(name = "amt")
    static class NOffice {
        @Id
        Long id;
    }

    /**
     * H2 stores the table as {@code KUNDE_STRASSE} (its upper case is Java's: ß is SS) and the column as
     * {@code ÄMTER_ID}; PostgreSQL folds A–Z only, so the column is {@code Ämter_id} there.
     */
    @Entity(name = "NStreet")
    @Table(name = "kunde_straße")
    static class NStreet {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "Ämter_id")
        NOffice office;
    }

    @Entity(name = "NPlace")
    @Table(name = "ort")
    static class NPlace {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "straße_id")
        NStreet street;
    }

    // --- 64-byte names: PostgreSQL keeps 63 ---------------------------------------------------------------------

    @Entity(name = "LOwner")
    @Table(name = "long_owner")
    static class LOwner {
        @Id
        Long id;
    }

    @Entity(name = "LAccount")
    @Table(name = LONG_TABLE)
    static class LAccount {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "owner_id", foreignKey = @jakarta.persistence.ForeignKey(name = LONG_KEY))
        LOwner owner;
    }

    @Entity(name = "LChild")
    @Table(name = "long_child")
    static class LChild {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = LONG_COLUMN)
        LAccount account;
    }

    // --- hibernate.globally_quoted_identifiers=true ---------------------------------------------------------------

    @Entity(name = "GCustomer")
    @Table(name = "g_customers")
    static class GCustomer {
        @Id
        Long id;
    }

    @Entity(name = "GOrder")
    @Table(name = "g_orders")
    static class GOrder {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        GCustomer customer;
    }

    // --- globally quoted, mixed case, in the application's schema and in a second one (H2, PostgreSQL: schema) ---

    /** The second schema of the globally quoted case: mixed case, so quoting it is what finds it. */
    static final String QUOTED_SCHEMA = "FkgSales";

    @Entity(name = "GqCustomer")
    @Table(name = "Customer", schema = QUOTED_SCHEMA)
    static class GqCustomer {
        @Id
        @Column(name = "CustomerNo")
        Long id;
    }

    @Entity(name = "GqOrderLine")
    @Table(name = "OrderLine")
    static class GqOrderLine {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customerId")
        GqCustomer customer;
    }

    @Entity(name = "GqCustomerNote")
    @Table(name = "CustomerNote", schema = QUOTED_SCHEMA)
    static class GqCustomerNote {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customerId")
        GqCustomer customer;
    }

    // --- the same for MySQL and MariaDB, qualified by catalog (= database) ----------------------------------------

    @Entity(name = "GmCustomer")
    @Table(name = "Customer", catalog = QUOTED_SCHEMA)
    static class GmCustomer {
        @Id
        @Column(name = "CustomerNo")
        Long id;
    }

    @Entity(name = "GmOrderLine")
    @Table(name = "OrderLine")
    static class GmOrderLine {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customerId")
        GmCustomer customer;
    }

    @Entity(name = "GmCustomerNote")
    @Table(name = "CustomerNote", catalog = QUOTED_SCHEMA)
    static class GmCustomerNote {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customerId")
        GmCustomer customer;
    }

    // --- views --------------------------------------------------------------------------------------------------

    @Entity(name = "VCustomer")
    @Table(name = "v_customers")
    static class VCustomer {
        @Id
        Long id;
    }

    /** A table's child beside the views on that table: its key is still checked. */
    @Entity(name = "VOrder")
    @Table(name = "v_orders")
    static class VOrder {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        VCustomer customer;
    }

    /** An entity on a database view. */
    @Entity(name = "VSummary")
    @Immutable
    @Table(name = "v_summary")
    static class VSummary {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        VCustomer customer;
    }

    /** An entity on a query. */
    @Entity(name = "VQuery")
    @Immutable
    @Subselect("select id, id as customer_id from v_customers")
    static class VQuery {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "customer_id")
        VCustomer customer;
    }
}
