package dev.fkguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

class DriverDataSourceTest {

    private static final String URL = "jdbc:h2:mem:driver-data-source;DB_CLOSE_DELAY=-1";

    @Test
    void opensANewConnectionPerCallFromTheDriverThatTakesTheUrl() throws SQLException {
        DriverDataSource source = new DriverDataSource(URL, "sa", "");
        try (Connection first = source.getConnection(); Connection second = source.getConnection();
             Statement statement = first.createStatement()) {
            statement.execute("CREATE TABLE seen (id INT PRIMARY KEY)");
            statement.execute("INSERT INTO seen VALUES (1)");
            try (ResultSet rs = second.createStatement().executeQuery("SELECT COUNT(*) FROM seen")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "both connections reach the same database");
            }
            assertFalse(first.isReadOnly());
            statement.execute("SHUTDOWN");
        }
    }

    @Test
    void aUrlNoDriverTakesIsRefusedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new DriverDataSource("jdbc:nosuchdb://h/x", "u", "p"));
        assertTrue(e.getMessage().contains("no JDBC driver on the class path takes the URL jdbc:nosuchdb://h/x"),
                e.getMessage());
    }
}
