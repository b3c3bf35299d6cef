package dev.fkguard.example.shop;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** A shop customer. Orders refer to it with RESTRICT, reviews with SET NULL. */
@Entity
@Table(name = "customers")
public class Customer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "name", nullable = false, length = 100)
    private String name;

    @Column(name = "email", nullable = false, unique = true, length = 200)
    private String email;

    /*
     * The customer's account in the CRM, another service with its own database: a cross-service id. No foreign
     * key can exist (there is no crm_accounts table here), so it is a plain column, not an association, and the
     * guard has nothing to compare. Checking it is the CRM sync job's business (see docs/example.md).
     */
    @Column(name = "crm_account_id", length = 36)
    private String crmAccountId;

    /*
     * A deliberate mapping smell for the compile-time lints: @OnDelete(SET_NULL) on the inverse side of the
     * association looks as if it made reviews anonymous, but Hibernate ignores it there (only CASCADE is honoured on
     * a @OneToMany(mappedBy)); the rule that counts is the one on Review.customer. The build shows it as
     * "warning: [on-delete-ignored] Customer.reviews: ..." and the database schema is the same without it.
     */
    @OneToMany(mappedBy = "customer")
    @OnDelete(action = OnDeleteAction.SET_NULL)
    private List<Review> reviews = new ArrayList<>();

    protected Customer() {
    }

    public Customer(String name, String email) {
        this.name = name;
        this.email = email;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getEmail() {
        return email;
    }

    public String getCrmAccountId() {
        return crmAccountId;
    }

    public void linkCrmAccount(String accountId) {
        this.crmAccountId = accountId;
    }
}
