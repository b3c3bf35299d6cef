package dev.fkguard.spring;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.context.annotation.Bean;

/**
 * Spring Boot only (listed in {@code META-INF/spring/…AutoConfiguration.imports}): drift stops startup with a
 * one-line message, since {@link FkGuardFailureAnalyzer} shows the findings. Not for import.
 */
@AutoConfiguration
@ConditionalOnClass(name = "org.springframework.orm.jpa.AbstractEntityManagerFactoryBean")
public class FkGuardAutoConfiguration {

    /** Static: a post-processor is created before the other beans, without this configuration's instance. */
    @Bean
    static BeanPostProcessor fkGuardSummaryFailureMessage() {
        return new SummaryFailureMessage();
    }
}
