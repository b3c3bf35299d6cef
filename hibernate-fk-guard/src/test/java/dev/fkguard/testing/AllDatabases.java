package dev.fkguard.testing;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.TestTemplate;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the annotated test method once per database engine, each run with its own fresh, empty schema
 * handed in as a {@link TestDatabase} parameter. The report shows the engine: {@code [MySQL] methodName}.
 *
 * <p>Servers start lazily, once per test JVM, the first time a test needs them. A server that cannot start
 * fails every test that needs it (with the same reason), it never skips them.
 *
 * <p>For quick local runs the engines can be narrowed with the system property {@code fkguard.test.engines}
 * or the environment variable {@code FKGUARD_TEST_ENGINES} (comma separated, e.g. {@code H2,POSTGRESQL});
 * CI sets neither, so it runs all of them.
 */
@Target({ElementType.METHOD, ElementType.ANNOTATION_TYPE})
@Retention(RetentionPolicy.RUNTIME)
@Documented
@TestTemplate
@ExtendWith(AllDatabasesExtension.class)
public @interface AllDatabases {

    /** Restricts the run to these engines; empty means all of them. */
    Engine[] only() default {};
}
