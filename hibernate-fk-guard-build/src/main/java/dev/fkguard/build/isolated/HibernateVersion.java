package dev.fkguard.build.isolated;

/** The project's Hibernate ORM, found by reflection so a project without one gets a clear failure. */
final class HibernateVersion {

    private HibernateVersion() {
    }

    static String require(Front front) {
        String version;
        try {
            Class<?> type = Class.forName("org.hibernate.Version", true, HibernateVersion.class.getClassLoader());
            version = String.valueOf(type.getMethod("getVersionString").invoke(null));
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new BuildFailure("the project has no Hibernate ORM (org.hibernate.orm:hibernate-core) on its"
                    + " class path; the check reads the mapping with the project's own"
                    + " Hibernate.", "add org.hibernate.orm:hibernate-core (6.6 or 7.x) and what it needs to "
                    + front.classPath() + ", as the application has it at run time.");
        }
        int major;
        try {
            major = Integer.parseInt(version.substring(0, version.indexOf('.')));
        } catch (RuntimeException e) {
            return version;
        }
        if (major < 6) {
            throw new BuildFailure("the project uses Hibernate ORM " + version + "; hibernate-fk-guard needs 6.6 or"
                    + " 7.x (jakarta.persistence).", "upgrade Hibernate, or leave hibernate-fk-guard out of the build.");
        }
        return version;
    }
}
