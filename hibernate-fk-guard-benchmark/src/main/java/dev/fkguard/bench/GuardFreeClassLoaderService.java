package dev.fkguard.bench;

import org.hibernate.boot.registry.classloading.internal.ClassLoaderServiceImpl;
import org.hibernate.boot.registry.classloading.internal.TcclLookupPrecedence;

import java.util.Collection;
import java.util.List;

/**
 * Hibernate's class loader service minus the guard's service-loader entries (Integrator, ServiceContributor): the
 * baseline boots as if the guard's jar were not on the class path at all, which is stricter than mode=off (that
 * still reads the mapping for later assertions).
 */
final class GuardFreeClassLoaderService extends ClassLoaderServiceImpl {

    GuardFreeClassLoaderService(ClassLoader entities) {
        super(List.of(entities), TcclLookupPrecedence.AFTER);
    }

    @Override
    public <S> Collection<S> loadJavaServices(Class<S> serviceContract) {
        return super.loadJavaServices(serviceContract).stream()
                .filter(service -> !service.getClass().getName().startsWith("dev.fkguard."))
                .toList();
    }
}
