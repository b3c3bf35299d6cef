package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

class SoftDeleteHardCascadeLintTest {

    @Test
    void firesWhenChildrenOfASoftDeletedParentRelyOnOnDeleteCascade() {
        ProcessorRun.withGuard(List.of(), Sources.app("""
                @Entity
                @SoftDelete
                public class Account {
                    @Id Long id;

                    @OneToMany(mappedBy = "account")
                    // BUG: WARNING [soft-delete-hard-cascade] Account.sessions: @OnDelete(CASCADE) expects the database to delete these rows with their Account, but Account is soft-deleted (@SoftDelete)
                    @OnDelete(action = OnDeleteAction.CASCADE)
                    List<LoginSession> sessions;
                }
                """), Sources.app("""
                @Entity
                @SQLDelete(sql = "update invoices set deleted = true where id = ?")
                public class Invoice {
                    @Id Long id;
                }
                """), Sources.app("""
                @Entity
                public class LoginSession {
                    @Id Long id;

                    @ManyToOne
                    // BUG: WARNING [soft-delete-hard-cascade] LoginSession.account: @OnDelete(CASCADE) expects the database to delete these rows with their Account
                    @OnDelete(action = OnDeleteAction.CASCADE)
                    Account account;

                    @ManyToOne(targetEntity = Invoice.class)
                    // BUG: WARNING [soft-delete-hard-cascade] LoginSession.invoice: @OnDelete(CASCADE) expects the database to delete these rows with their Invoice, but Invoice is soft-deleted (@SQLDelete)
                    @OnDelete(action = OnDeleteAction.CASCADE)
                    Object invoice;
                }
                """)).assertMatchesMarkers();
    }

    @Test
    void quietForHardDeletedParentsAndOtherActions() {
        ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                @SoftDelete
                public class Account {
                    @Id Long id;
                    @ManyToOne @OnDelete(action = OnDeleteAction.CASCADE) Parent parent;
                }
                """), Sources.app("""
                @Entity
                public class LoginSession {
                    @Id Long id;
                    @ManyToOne @OnDelete(action = OnDeleteAction.SET_NULL) Account account;
                }
                """)).assertMatchesMarkers();
    }
}
