package dev.fkguard.testing;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.extension.Extension;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestTemplateInvocationContext;
import org.junit.jupiter.api.extension.TestTemplateInvocationContextProvider;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * Expands an {@link AllDatabases} method into one invocation per engine and resolves its {@link TestDatabase}.
 *
 * <p>The servers live in JUnit's root store, one entry per engine, so they start at most once per test JVM
 * and are closed by JUnit when the run ends. Each invocation's schema lives in that invocation's store.
 */
final class AllDatabasesExtension implements TestTemplateInvocationContextProvider {

    static final String ENGINES_PROPERTY = "fkguard.test.engines";
    static final String ENGINES_VARIABLE = "FKGUARD_TEST_ENGINES";

    private static final Namespace NAMESPACE = Namespace.create(AllDatabasesExtension.class);

    @Override
    public boolean supportsTestTemplate(ExtensionContext context) {
        return context.getTestMethod().map(m -> AnnotationSupport.isAnnotated(m, AllDatabases.class)).orElse(false);
    }

    @Override
    public Stream<TestTemplateInvocationContext> provideTestTemplateInvocationContexts(ExtensionContext context) {
        Method method = context.getRequiredTestMethod();
        AllDatabases annotation = AnnotationSupport.findAnnotation(method, AllDatabases.class).orElseThrow();
        Set<Engine> engines = annotation.only().length == 0
                ? EnumSet.allOf(Engine.class)
                : EnumSet.copyOf(Arrays.asList(annotation.only()));
        engines.retainAll(enginesAllowedByConfiguration(context));
        String name = AnnotationSupport.isAnnotated(method, DisplayName.class)
                ? context.getDisplayName()
                : method.getName();
        return engines.stream().map(engine -> new EngineInvocation(engine, name));
    }

    /**
     * A test restricted to engines that local narrowing excludes runs no invocation; that is expected then, and only
     * then (on CI every engine runs, so an empty template there would still be an error).
     */
    @Override
    public boolean mayReturnZeroTestTemplateInvocationContexts(ExtensionContext context) {
        return !enginesAllowedByConfiguration(context).containsAll(EnumSet.allOf(Engine.class));
    }

    /** Local narrowing of the engines (never set on CI); an unknown name fails instead of running nothing. */
    private static Set<Engine> enginesAllowedByConfiguration(ExtensionContext context) {
        String configured = context.getConfigurationParameter(ENGINES_PROPERTY)
                .or(() -> java.util.Optional.ofNullable(System.getenv(ENGINES_VARIABLE)))
                .orElse("")
                .trim();
        if (configured.isEmpty()) {
            return EnumSet.allOf(Engine.class);
        }
        Set<Engine> allowed = EnumSet.noneOf(Engine.class);
        for (String name : configured.split(",")) {
            if (!name.isBlank()) {
                allowed.add(Engine.valueOf(name.trim().toUpperCase(Locale.ROOT)));
            }
        }
        return allowed;
    }

    private static final class EngineInvocation implements TestTemplateInvocationContext {

        private final Engine engine;
        private final String name;

        EngineInvocation(Engine engine, String name) {
            this.engine = engine;
            this.name = name;
        }

        @Override
        public String getDisplayName(int invocationIndex) {
            return "[" + engine.displayName() + "] " + name;
        }

        @Override
        public List<Extension> getAdditionalExtensions() {
            return List.of(new TestDatabaseResolver(engine));
        }
    }

    /** Hands the invocation its schema; @BeforeEach / @AfterEach methods of the same invocation get the same one. */
    private static final class TestDatabaseResolver implements ParameterResolver {

        private final Engine engine;

        TestDatabaseResolver(Engine engine) {
            this.engine = engine;
        }

        @Override
        public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
            return parameter.getParameter().getType() == TestDatabase.class;
        }

        @Override
        public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
            ExtensionContext.Store rootStore = context.getRoot().getStore(NAMESPACE);
            EngineServer server = rootStore.getOrComputeIfAbsent(engine, EngineServer::start, EngineServer.class);
            return context.getStore(NAMESPACE)
                    .getOrComputeIfAbsent(SchemaLease.class, key -> new SchemaLease(server), SchemaLease.class)
                    .database();
        }
    }

    /** One invocation's schema; JUnit closes it (and so releases the schema) when the invocation ends. */
    private static final class SchemaLease implements AutoCloseable {

        private final EngineServer server;
        private final TestDatabase database;

        SchemaLease(EngineServer server) {
            this.server = server;
            this.database = server.createDatabase();
        }

        TestDatabase database() {
            return database;
        }

        @Override
        public void close() {
            server.release(database);
        }
    }
}
