package dev.fkguard.build;

import java.net.URL;
import java.net.URLClassLoader;

/**
 * The guard's side of the isolated check (see {@link IsolatedCheck}): {@code dev.fkguard} classes and resources from
 * its own jars first, everything else from the application's loader first. The guard's classes are defined here, so
 * their references to Hibernate resolve to the application's Hibernate.
 */
final class GuardClassLoader extends URLClassLoader {

    private static final String OWN_CLASSES = "dev.fkguard.";
    private static final String OWN_RESOURCES = "dev/fkguard/";

    static {
        registerAsParallelCapable();
    }

    GuardClassLoader(URL[] urls, ClassLoader application) {
        super("hibernate-fk-guard-check", urls, application);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.startsWith(OWN_CLASSES)) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> type = findLoadedClass(name);
            if (type == null) {
                try {
                    type = findClass(name);
                } catch (ClassNotFoundException e) {
                    type = getParent().loadClass(name);
                }
            }
            if (resolve) {
                resolveClass(type);
            }
            return type;
        }
    }

    @Override
    public URL getResource(String name) {
        if (name.startsWith(OWN_RESOURCES)) {
            URL own = findResource(name);
            if (own != null) {
                return own;
            }
        }
        return super.getResource(name);
    }
}
