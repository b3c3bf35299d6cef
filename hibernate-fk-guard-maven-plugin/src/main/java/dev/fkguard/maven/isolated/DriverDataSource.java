package dev.fkguard.maven.isolated;

import javax.sql.DataSource;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;

/**
 * Connections from the JDBC driver on the check's class path that takes the URL. Not through {@code DriverManager},
 * which registers drivers once per JVM (Maven's), not per class loader.
 */
final class DriverDataSource implements DataSource {

    private final String url;
    private final Driver driver;
    private final Properties login = new Properties();
    private final boolean readOnly;

    DriverDataSource(String url, String user, String password, boolean readOnly) {
        this.url = url;
        this.readOnly = readOnly;
        this.driver = find(url);
        if (!user.isEmpty()) {
            login.setProperty("user", user);
        }
        if (!password.isEmpty()) {
            login.setProperty("password", password);
        }
    }

    private static Driver find(String url) {
        for (Driver candidate : ServiceLoader.load(Driver.class, DriverDataSource.class.getClassLoader())) {
            try {
                if (candidate.acceptsURL(url)) {
                    return candidate;
                }
            } catch (SQLException e) {
                // A driver that cannot tell is not the one.
            }
        }
        throw new BuildFailure("no JDBC driver on the project's class path takes the URL " + url + ".",
                "add the database's JDBC driver to the project's dependencies (runtime scope is enough), or"
                        + " correct jdbcUrl.");
    }

    @Override
    public Connection getConnection() throws SQLException {
        Connection connection = driver.connect(url, login);
        if (connection == null) {
            throw new SQLException("the driver " + driver.getClass().getName() + " did not connect to " + url);
        }
        if (readOnly) {
            // The guard only reads; the connection says so too, where the driver enforces it.
            connection.setReadOnly(true);
        }
        return connection;
    }

    @Override
    public Connection getConnection(String username, String password) throws SQLException {
        return getConnection();
    }

    @Override
    public PrintWriter getLogWriter() {
        return null;
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        // No driver logging.
    }

    @Override
    public void setLoginTimeout(int seconds) {
        // The driver's default.
    }

    @Override
    public int getLoginTimeout() {
        return 0;
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper of " + type);
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }
}
