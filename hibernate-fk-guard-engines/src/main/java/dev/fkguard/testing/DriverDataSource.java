package dev.fkguard.testing;

import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.Driver;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Properties;
import java.util.ServiceLoader;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * A DataSource that opens a new connection per call (no pool to leak or tune), from the JDBC driver on this class's
 * own class path that takes the URL. The driver is looked up with {@link ServiceLoader} over that class loader, not
 * through {@code DriverManager} alone, which registers drivers once per JVM: in the Maven plugin's isolated class
 * loader the drivers are not the JVM's.
 */
public final class DriverDataSource implements DataSource {

    private final String url;
    private final String user;
    private final String password;
    private final Driver driver;
    private final boolean readOnly;

    /**
     * @throws IllegalArgumentException when no driver on the class path takes the URL
     */
    public DriverDataSource(String url, String user, String password) {
        this(url, user, password, find(url), false);
    }

    private DriverDataSource(String url, String user, String password, Driver driver, boolean readOnly) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.driver = driver;
        this.readOnly = readOnly;
    }

    /** The same source whose connections are read-only, where the driver enforces it. */
    public DriverDataSource readOnly() {
        return new DriverDataSource(url, user, password, driver, true);
    }

    public String url() {
        return url;
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
        try {
            return DriverManager.getDriver(url);
        } catch (SQLException e) {
            throw new IllegalArgumentException("no JDBC driver on the class path takes the URL " + url, e);
        }
    }

    @Override
    public Connection getConnection() throws SQLException {
        return getConnection(user, password);
    }

    @Override
    public Connection getConnection(String otherUser, String otherPassword) throws SQLException {
        Properties login = new Properties();
        // Left out when empty: a URL may carry the login itself.
        if (otherUser != null && !otherUser.isEmpty()) {
            login.setProperty("user", otherUser);
        }
        if (otherPassword != null && !otherPassword.isEmpty()) {
            login.setProperty("password", otherPassword);
        }
        Connection connection = driver.connect(url, login);
        if (connection == null) {
            throw new SQLException("the driver " + driver.getClass().getName() + " did not connect to " + url);
        }
        if (readOnly) {
            connection.setReadOnly(true);
        }
        return connection;
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
        throw new SQLFeatureNotSupportedException("no java.util.logging parent logger");
    }

    @Override
    public <T> T unwrap(Class<T> type) throws SQLException {
        if (type.isInstance(this)) {
            return type.cast(this);
        }
        throw new SQLException("not a wrapper for " + type.getName());
    }

    @Override
    public boolean isWrapperFor(Class<?> type) {
        return type.isInstance(this);
    }

    @Override
    public String toString() {
        return "DriverDataSource[" + url + "]";
    }
}
