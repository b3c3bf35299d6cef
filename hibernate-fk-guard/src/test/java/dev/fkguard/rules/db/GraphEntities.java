package dev.fkguard.rules.db;

import jakarta.persistence.ConstraintMode;
import jakarta.persistence.Entity;
import jakarta.persistence.ForeignKey;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import org.hibernate.annotations.OnDelete;
import org.hibernate.annotations.OnDeleteAction;

/** Mappings for the cycle, cascade fan-out and orphan tests. */
final class GraphEntities {

    private GraphEntities() {
    }

    /** users.main_wallet_id → wallets.id and wallets.owner_id → users.id, both required. */
    @Entity(name = "Account")
    @Table(name = "users")
    static class User {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "main_wallet_id", nullable = false)
        Wallet mainWallet;
    }

    @Entity(name = "Wallet")
    @Table(name = "wallets")
    static class Wallet {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "owner_id", nullable = false)
        User owner;
    }

    /** The same cycle, but a user may exist before its wallet. */
    @Entity(name = "OptionalWalletUser")
    @Table(name = "users")
    static class OptionalWalletUser {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "main_wallet_id")
        OwnedWallet mainWallet;
    }

    @Entity(name = "OwnedWallet")
    @Table(name = "wallets")
    static class OwnedWallet {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "owner_id", nullable = false)
        OptionalWalletUser owner;
    }

    @Entity(name = "Category")
    @Table(name = "categories")
    static class Category {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id")
        Category parent;
    }

    /** accounts.created_by → accounts.id, required: the first account is created by itself. */
    @Entity(name = "SelfCreatedAccount")
    @Table(name = "accounts")
    static class SelfCreatedAccount {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "created_by", nullable = false)
        SelfCreatedAccount createdBy;
    }

    // A cascade chain: customers ← orders ← order_items ← item_notes ← note_files, each ON DELETE CASCADE.

    @Entity(name = "Customer")
    @Table(name = "customers")
    static class Customer {
        @Id
        Long id;
    }

    @Entity(name = "CustomerOrder")
    @Table(name = "orders")
    static class Order {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "customer_id", nullable = false)
        @OnDelete(action = OnDeleteAction.CASCADE)
        Customer customer;
    }

    @Entity(name = "OrderItem")
    @Table(name = "order_items")
    static class OrderItem {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "order_id", nullable = false)
        @OnDelete(action = OnDeleteAction.CASCADE)
        Order order;
    }

    @Entity(name = "ItemNote")
    @Table(name = "item_notes")
    static class ItemNote {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "item_id", nullable = false)
        @OnDelete(action = OnDeleteAction.CASCADE)
        OrderItem item;
    }

    @Entity(name = "NoteFile")
    @Table(name = "note_files")
    static class NoteFile {
        @Id
        Long id;
        @ManyToOne(optional = false)
        @JoinColumn(name = "note_id", nullable = false)
        @OnDelete(action = OnDeleteAction.CASCADE)
        ItemNote note;
    }

    /** Child of {@link Entities.Parent} on purpose without a constraint: nothing but a data check guards it. */
    @Entity(name = "UnguardedChild")
    @Table(name = "children")
    static class UnguardedChild {
        @Id
        Long id;
        @ManyToOne
        @JoinColumn(name = "parent_id", foreignKey = @ForeignKey(ConstraintMode.NO_CONSTRAINT))
        Entities.Parent parent;
    }
}
