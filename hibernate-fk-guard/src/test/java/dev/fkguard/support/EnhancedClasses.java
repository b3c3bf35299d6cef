package dev.fkguard.support;

import org.hibernate.bytecode.enhance.spi.DefaultEnhancementContext;
import org.hibernate.bytecode.enhance.spi.Enhancer;
import org.hibernate.bytecode.internal.BytecodeProviderInitiator;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Loads a test model's classes a second time, through Hibernate's own bytecode enhancer, as the
 * hibernate-enhance-maven-plugin would have rewritten them: only the classes nested in (or equal to) the given
 * model class, so no other test's entities change. The enhancer is the one of the Hibernate on the classpath, so the
 * Hibernate 7 module reruns the same test with 7.x enhancement (a build-time plugin would have enhanced the test-jar
 * once, with 6.6).
 */
public final class EnhancedClasses extends ClassLoader {

    private final String prefix;
    private final Enhancer enhancer;

    private EnhancedClasses(Class<?> model) {
        super(model.getClassLoader());
        this.prefix = model.getName();
        ClassLoader loader = this;
        this.enhancer = BytecodeProviderInitiator.buildDefaultBytecodeProvider()
                .getEnhancer(new DefaultEnhancementContext() {
                    @Override
                    public ClassLoader getLoadingClassLoader() {
                        return loader;
                    }
                });
    }

    /** The enhanced counterparts of {@code classes}, each nested in {@code model}. */
    public static Class<?>[] of(Class<?> model, Class<?>... classes) {
        EnhancedClasses loader = new EnhancedClasses(model);
        Class<?>[] enhanced = new Class<?>[classes.length];
        for (int i = 0; i < classes.length; i++) {
            try {
                enhanced[i] = Class.forName(classes[i].getName(), true, loader);
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        return enhanced;
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!name.equals(prefix) && !name.startsWith(prefix + "$")) {
            return super.loadClass(name, resolve);
        }
        synchronized (getClassLoadingLock(name)) {
            Class<?> loaded = findLoadedClass(name);
            if (loaded == null) {
                byte[] original = bytes(name);
                byte[] enhanced = enhancer.enhance(name, original);
                byte[] code = enhanced == null ? original : enhanced;
                loaded = defineClass(name, code, 0, code.length);
            }
            if (resolve) {
                resolveClass(loaded);
            }
            return loaded;
        }
    }

    private byte[] bytes(String name) throws ClassNotFoundException {
        try (InputStream in = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
            if (in == null) {
                throw new ClassNotFoundException(name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
