package dev.fkguard.testing;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The server starts themselves are covered by every @AllDatabases test of the library and the plugin's IT. */
class DatabaseServersTest {

    @Test
    void theShippedBinariesRunOnLinuxX86Only() {
        assertTrue(DatabaseServers.supportedPlatform("linux", "amd64"));
        assertTrue(DatabaseServers.supportedPlatform("linux", "x86_64"));
        assertFalse(DatabaseServers.supportedPlatform("linux", "aarch64"));
        assertFalse(DatabaseServers.supportedPlatform("mac os x", "x86_64"));
        assertFalse(DatabaseServers.supportedPlatform("windows 11", "amd64"));
    }

    @Test
    void h2HasNoServer() {
        assertThrows(IllegalArgumentException.class, () -> DatabaseServers.start(Engine.H2));
        assertThrows(IllegalArgumentException.class, () -> DatabaseServers.startEmbedded(Engine.H2));
    }
}
