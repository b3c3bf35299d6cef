package dev.fkguard.quarkus;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;

import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Starts PostgreSQL with the schema script named by the {@code schema} argument and points the datasource at it.
 * The application logs to a file of this start's own as well, so a test reads this start's log, never an earlier one.
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private String schema = "matching-schema.sql";
    private PostgresWithSchema postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        schema = initArgs.getOrDefault("schema", schema);
    }

    @Override
    public Map<String, String> start() {
        postgres = PostgresWithSchema.start(schema);
        Map<String, String> config = new HashMap<>(postgres.datasource());
        config.put("quarkus.log.file.enabled", "true");
        config.put("quarkus.log.file.path", "target/quarkus-" + UUID.randomUUID() + ".log");
        return config;
    }

    @Override
    public void stop() {
        if (postgres != null) {
            postgres.close();
        }
    }
}
