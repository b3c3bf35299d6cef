package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.rule.Finding;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CircularForeignKeysOnDatabasesTest {

    /** Both tables first, then the keys: no engine lets a table reference one that does not exist yet. */
    private static void createCycle(TestDatabase db, String mainWalletNullability) {
        db.execute("CREATE TABLE users (id BIGINT NOT NULL PRIMARY KEY, main_wallet_id BIGINT "
                        + mainWalletNullability + ")",
                "CREATE TABLE wallets (id BIGINT NOT NULL PRIMARY KEY, owner_id BIGINT NOT NULL)",
                "ALTER TABLE users ADD CONSTRAINT fk_users_wallet FOREIGN KEY (main_wallet_id) REFERENCES wallets (id)",
                "ALTER TABLE wallets ADD CONSTRAINT fk_wallets_owner FOREIGN KEY (owner_id) REFERENCES users (id)");
    }

    @AllDatabases
    void requiredKeysBothWaysAreAnError(TestDatabase db) {
        createCycle(db, "NOT NULL");
        Report report = check(db, GraphEntities.User.class, GraphEntities.Wallet.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR [circular-foreign-keys] users.main_wallet_id → wallets.id: these"
                + " foreign keys form a cycle in which every column is not null and no key is deferrable:"
                + " users.main_wallet_id → wallets.id, wallets.owner_id → users.id; no row can ever be inserted"),
                lines.get(0));
        assertTrue(lines.get(0).contains("main_wallet_id"), lines.get(0));
        // The fix is real: with the column nullable, the cycle is only a warning.
        Finding finding = report.findings().get(0);
        String sql = GuardRun.sql(report, finding);
        db.execute(sql.substring(0, sql.indexOf(';') + 1));
        assertEquals(List.of("WARNING circular-foreign-keys"),
                GuardRun.ruleIds(check(db, GraphEntities.OptionalWalletUser.class,
                        GraphEntities.OwnedWallet.class)));
    }

    @AllDatabases
    void aNullableKeyMakesItAWarning(TestDatabase db) {
        createCycle(db, "NULL");
        Report report = check(db, GraphEntities.OptionalWalletUser.class, GraphEntities.OwnedWallet.class);
        List<String> lines = GuardRun.lines(report);
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("WARNING [circular-foreign-keys] users.main_wallet_id → wallets.id: these"
                + " foreign keys form a cycle: users.main_wallet_id → wallets.id, wallets.owner_id → users.id"
                + " (nullable: users.main_wallet_id)"), lines.get(0));
    }

    @AllDatabases
    void aNullableSelfReferenceIsQuiet(TestDatabase db) {
        db.execute("CREATE TABLE categories (id BIGINT NOT NULL PRIMARY KEY, parent_id BIGINT NULL,"
                + " CONSTRAINT fk_categories_parent FOREIGN KEY (parent_id) REFERENCES categories (id))");
        assertEquals(List.of(), GuardRun.lines(check(db, GraphEntities.Category.class)));
    }

    /**
     * A NOT NULL self-reference admits rows: the first one references itself, on every engine. So it is a warning
     * that says how, never an error claiming no row can be inserted.
     */
    @AllDatabases
    void aRequiredSelfReferenceIsAWarningAndTheFirstRowGoesInReferencingItself(TestDatabase db) {
        db.execute("CREATE TABLE accounts (id BIGINT NOT NULL PRIMARY KEY, created_by BIGINT NOT NULL,"
                + " CONSTRAINT fk_accounts_creator FOREIGN KEY (created_by) REFERENCES accounts (id))");
        List<String> lines = GuardRun.lines(check(db, GraphEntities.SelfCreatedAccount.class));
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("WARNING [circular-foreign-keys] accounts.created_by → accounts.id:"
                + " accounts.created_by → accounts.id is not null and not deferrable"), lines.get(0));
        assertTrue(lines.get(0).contains("the first row goes in referencing itself"), lines.get(0));
        // What the message says works: the first row references itself, the next ones reference it.
        db.execute("INSERT INTO accounts (id, created_by) VALUES (1, 1)",
                "INSERT INTO accounts (id, created_by) VALUES (2, 1)");
    }

    /** This rule's findings only: the schemas here also lack indexes on PostgreSQL, and MySQL has no deferral. */
    private static Report check(TestDatabase db, Class<?>... entities) {
        return GuardRun.only(GuardRun.check(db, entities), "circular-foreign-keys");
    }
}
