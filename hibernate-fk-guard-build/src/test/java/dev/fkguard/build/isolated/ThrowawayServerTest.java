package dev.fkguard.build.isolated;

import dev.fkguard.testing.Engine;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The server start itself runs in the flyway-postgresql-drift IT; here the failures a machine can have. */
class ThrowawayServerTest {

    /** As EmbeddedMySqlServer reports mysqld's exit on a machine without libaio1. */
    private static final String NO_LIBAIO = "MySQL could not start: mysqld --initialize-insecure failed with exit code"
            + " 127; output:\n  /tmp/fkguard-mysql-1/bin/mysqld: error while loading shared libraries: libaio.so.1:"
            + " cannot open shared object file: No such file or directory";

    @Test
    void aMissingSharedLibraryOfMysqldNamesThePackagesToInstall() {
        BuildFailure failure = ThrowawayServer.cannotStart(Engine.MYSQL, NO_LIBAIO, new IllegalStateException());
        String message = failure.getMessage();
        assertTrue(message.startsWith("the embedded MySQL server for the throwaway"
                + " database could not start:\nMySQL could not start"), message);
        assertTrue(message.contains("libaio.so.1: cannot open shared object file"), message);
        assertTrue(message.contains("\nFix: install the packages libaio1 and libnuma1 that mysqld needs (as root:"
                + " apt-get install -y libaio1 libnuma1"), message);
        assertTrue(message.endsWith("or set <engine>h2</engine>, or check a database the migrations ran on with"
                + " <jdbcUrl>, <user> and <password>."), message);
    }

    @Test
    void anotherPlatformIsToldWhereTheEnginesRun() {
        String fix = ThrowawayServer.fix(Engine.POSTGRESQL, "the embedded PostgreSQL binaries are built for Linux"
                + " x86-64 only; this machine is Mac OS X aarch64.");
        assertTrue(fix.startsWith("run the build on Linux x86-64"), fix);
    }

    @Test
    void anyOtherCauseStillGetsAFix() {
        String fix = ThrowawayServer.fix(Engine.MARIADB, "MariaDB could not start: No space left on device");
        assertTrue(fix.startsWith("correct what the message above names (MariaDB runs from a temp directory"), fix);
    }

    @Test
    void theEnginesByTheirParameterNames() {
        assertEquals(Engine.POSTGRESQL, ThrowawayServer.engine("postgresql"));
        assertEquals(Engine.MARIADB, ThrowawayServer.engine("mariadb"));
        assertEquals(Engine.MYSQL, ThrowawayServer.engine("mysql"));
        assertThrows(IllegalArgumentException.class, () -> ThrowawayServer.engine("h2"));
    }
}
