package dev.fkguard.spring;

import dev.fkguard.hibernate.LatestCheck;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.PersistenceException;
import org.hibernate.SessionFactory;
import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.actuate.endpoint.annotation.Endpoint;
import org.springframework.boot.actuate.endpoint.annotation.ReadOperation;
import org.springframework.boot.actuate.endpoint.annotation.WriteOperation;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * {@code /actuator/fkguard}: the latest check of every JPA factory of the application, as JSON keyed by the
 * factory's bean name (see {@link EndpointJson}). {@code GET} reads what the last check found and runs nothing;
 * {@code POST} checks again now, with the settings of startup, so operators see drift a migration brought after
 * the application started. A re-check reads the catalog only and fails nothing, whatever the mode.
 * Public because Actuator calls its operations; not for import.
 */
@Endpoint(id = "fkguard")
public final class FkGuardEndpoint {

    private final ListableBeanFactory beans;

    FkGuardEndpoint(ListableBeanFactory beans) {
        this.beans = beans;
    }

    @ReadOperation(produces = "application/json")
    public String latest() {
        Map<String, Optional<LatestCheck.Outcome>> outcomes = new TreeMap<>();
        factories().forEach((name, factory) -> outcomes.put(name, factory.flatMap(LatestCheck::of)
                .flatMap(LatestCheck::latest)));
        return EndpointJson.render(outcomes);
    }

    @WriteOperation(produces = "application/json")
    public String recheck() {
        Map<String, Optional<LatestCheck.Outcome>> outcomes = new TreeMap<>();
        factories().forEach((name, factory) -> outcomes.put(name, factory.flatMap(sessionFactory ->
                LatestCheck.of(sessionFactory).map(latest -> latest.recheck(sessionFactory)))));
        return EndpointJson.render(outcomes);
    }

    /** Every EntityManagerFactory bean, as Hibernate's SessionFactory where it is one. Looked up per request. */
    private Map<String, Optional<SessionFactory>> factories() {
        Map<String, Optional<SessionFactory>> factories = new TreeMap<>();
        beans.getBeansOfType(EntityManagerFactory.class).forEach((name, factory) -> {
            Optional<SessionFactory> hibernate;
            try {
                hibernate = Optional.of(factory.unwrap(SessionFactory.class));
            } catch (PersistenceException e) {
                // Another JPA provider: nothing of the guard's to show.
                hibernate = Optional.empty();
            }
            factories.put(name, hibernate);
        });
        return factories;
    }
}
