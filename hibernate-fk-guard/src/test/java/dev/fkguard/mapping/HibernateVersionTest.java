package dev.fkguard.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Shows in the build log which Hibernate line the suite ran on (the library module: 6.x; hibernate7-tests: 7.x). */
class HibernateVersionTest {

    @Test
    void runsOnASupportedHibernateLine() {
        HibernateVersionAdapter adapter = new HibernateVersionAdapter();
        String version = adapter.hibernateVersion();
        System.out.println("[fk-guard] tests running on Hibernate ORM " + version);
        int major = adapter.hibernateMajorVersion();
        assertTrue(major == 6 || major == 7, version);
        String expected = System.getProperty("fkguard.expectedHibernateMajor");
        if (expected != null) {
            assertEquals(Integer.parseInt(expected), major, "Hibernate line on the test classpath");
        }
        if (major == 6) {
            assertTrue(version.startsWith("6.6."), version);
        }
    }
}
