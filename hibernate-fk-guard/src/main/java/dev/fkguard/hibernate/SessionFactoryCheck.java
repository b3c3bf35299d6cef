package dev.fkguard.hibernate;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardException;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.MappingModel;
import dev.fkguard.report.Report;
import org.hibernate.engine.jdbc.connections.spi.JdbcConnectionAccess;
import org.hibernate.engine.jdbc.spi.JdbcServices;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.jboss.logging.Logger;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Checks a mapping against the database of a SessionFactory, over the connection Hibernate itself uses for schema
 * work: the same login, URL and schema as the application, during startup and after it.
 */
public final class SessionFactoryCheck {

    private static final Logger LOG = Logger.getLogger("dev.fkguard");

    private final FkGuardSettings settings;

    public SessionFactoryCheck(FkGuardSettings settings) {
        this.settings = settings;
    }

    public Report check(SessionFactoryImplementor factory, MappingModel mapping) {
        return check(connectionAccess(factory), mapping);
    }

    /** The connection Hibernate's own schema tooling uses; available from integration on. */
    static JdbcConnectionAccess connectionAccess(SessionFactoryImplementor factory) {
        return factory.getServiceRegistry().requireService(JdbcServices.class).getBootstrapJdbcConnectionAccess();
    }

    Report check(JdbcConnectionAccess access, MappingModel mapping) {
        Connection connection;
        try {
            connection = access.obtainConnection();
        } catch (SQLException | RuntimeException e) {
            throw new FkGuardException(FkGuardException.Code.DATABASE_UNREACHABLE,
                    "could not connect to the database to read its foreign keys: " + e.getMessage(),
                    "check that the database is up and the JDBC URL, user and password Hibernate uses; to start"
                            + " while it is down set " + FkGuardSettings.MODE + "=warn (the check is then skipped"
                            + " with a warning) or off.", e);
        }
        try {
            return new FkGuard(settings).check(mapping, connection);
        } finally {
            try {
                access.releaseConnection(connection);
            } catch (SQLException e) {
                LOG.debug("could not release the connection used for the check", e);
            }
        }
    }
}
