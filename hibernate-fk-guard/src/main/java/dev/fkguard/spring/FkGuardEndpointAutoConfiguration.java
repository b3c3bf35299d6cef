package dev.fkguard.spring;

import org.springframework.beans.factory.ListableBeanFactory;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot only: the {@code fkguard} Actuator endpoint, registered when Actuator is on the class path (names,
 * not classes, in the condition: without Actuator this class is never loaded). Exposed over HTTP as every endpoint
 * is, through {@code management.endpoints.web.exposure.include}. Not for import.
 */
@AutoConfiguration
@ConditionalOnClass(name = {"org.springframework.boot.actuate.endpoint.annotation.Endpoint",
        "jakarta.persistence.EntityManagerFactory", "org.hibernate.SessionFactory"})
public class FkGuardEndpointAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    FkGuardEndpoint fkGuardEndpoint(ListableBeanFactory beans) {
        return new FkGuardEndpoint(beans);
    }
}
