package dev.fkguard.spring;

import dev.fkguard.FkGuardSettings;
import dev.fkguard.policy.FailureMessage;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.orm.jpa.AbstractEntityManagerFactoryBean;

/**
 * Spring logs a failed JPA bootstrap's message twice (the factory bean's error, the context's refresh warning)
 * before Spring Boot's failure analysis shows the findings: the guard's drift message is kept to one line there,
 * so the report is printed once, in the analysis. Runs before the factory bean builds its factory; a
 * {@code hibernate.fkguard.failure-message} the application set itself stays.
 */
final class SummaryFailureMessage implements BeanPostProcessor {

    @Override
    public Object postProcessBeforeInitialization(Object bean, String beanName) {
        if (bean instanceof AbstractEntityManagerFactoryBean factory) {
            factory.getJpaPropertyMap().putIfAbsent(FkGuardSettings.FAILURE_MESSAGE, FailureMessage.SUMMARY.label());
        }
        return bean;
    }
}
