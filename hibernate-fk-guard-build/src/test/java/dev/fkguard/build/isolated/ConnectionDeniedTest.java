package dev.fkguard.build.isolated;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Which refused connections name a grant: a database refused to a login that worked, nothing else. */
class ConnectionDeniedTest {

    @Test
    void postgresqlWithoutConnectOnTheDatabaseIsToldTheGrant() {
        SQLException refused = new SQLException("FATAL: permission denied for database \"shop\"\n  Detail: User does"
                + " not have CONNECT privilege.", "42501");
        assertEquals(Optional.of("GRANT CONNECT ON DATABASE \"shop\" TO reader"),
                ConnectionDenied.grant(refused, "reader"));
    }

    @Test
    void anotherMissingPostgresqlPrivilegeIsNotTakenForTheDatabase() {
        SQLException schema = new SQLException("ERROR: permission denied for schema shop", "42501");
        assertEquals(Optional.empty(), ConnectionDenied.grant(schema, "reader"));
    }

    @Test
    void mysqlRefusingTheUrlsDatabaseIsToldTheGrantForTheUserAndHost() {
        SQLException refused = new SQLException("Access denied for user 'reader'@'%' to database 'shop'", "42000",
                1044);
        assertEquals(Optional.of("GRANT SELECT ON `shop`.* TO 'reader'@'%'"), ConnectionDenied.grant(refused, "reader"));
    }

    @Test
    void aWrongPasswordIsNoGrant() {
        assertEquals(Optional.empty(), ConnectionDenied.grant(new SQLException("Access denied for user"
                + " 'reader'@'localhost' (using password: YES)", "28000", 1045), "reader"));
        assertEquals(Optional.empty(), ConnectionDenied.grant(new SQLException("FATAL: password authentication"
                + " failed for user \"reader\"", "28P01"), "reader"));
    }
}
