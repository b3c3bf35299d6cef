package dev.fkguard.hibernate;

import org.hibernate.boot.Metadata;
import org.hibernate.tool.schema.Action;
import org.hibernate.tool.schema.spi.SchemaManagementToolCoordinator.ActionGrouping;

import java.util.Map;

/**
 * What Hibernate's schema tooling ({@code hibernate.hbm2ddl.auto}, {@code jakarta.persistence.schema-generation.*})
 * will do to the database while the SessionFactory is built. Read with Hibernate's own interpretation of the
 * settings, per contributor, so the answer matches what the tool then does.
 */
final class SchemaToolActions {

    private SchemaToolActions() {
    }

    /** True unless every action is {@code none} or {@code validate}; true as well when the settings do not parse. */
    static boolean mayChangeSchema(Metadata metadata, Map<?, ?> settings) {
        try {
            for (ActionGrouping grouping : ActionGrouping.interpret(metadata, settings)) {
                Action action = grouping.getDatabaseAction();
                if (action != Action.NONE && action != Action.VALIDATE) {
                    return true;
                }
            }
            return false;
        } catch (RuntimeException e) {
            // Hibernate reports its own bad setting later; until then assume the schema may change.
            return true;
        }
    }
}
