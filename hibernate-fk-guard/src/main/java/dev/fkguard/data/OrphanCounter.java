package dev.fkguard.data;

import dev.fkguard.model.ExpectedForeignKey;
import dev.fkguard.model.ForeignKey;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.NameRules;
import dev.fkguard.model.NormalizedModels;
import dev.fkguard.model.OrphanCount;
import dev.fkguard.model.SchemaModel;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Counts orphaned child rows for every relation the mapping declares — with or without a constraint, and whether or
 * not the database has the key — one bounded SELECT each. It never writes: a count that times out or fails becomes
 * a "not counted" fact instead of an exception, so one slow table cannot stop the application.
 */
public final class OrphanCounter {

    /** SQL states drivers use for a statement cancelled by its timeout (PostgreSQL, H2, MySQL/MariaDB). */
    private static final Set<String> CANCELLED_STATES = Set.of("57014", "HY008", "70100");

    private final DataCheckSettings settings;

    public OrphanCounter(DataCheckSettings settings) {
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    public List<OrphanCount> count(MappingModel mapping, SchemaModel database, Connection connection) {
        // The mapping's tables are found in the catalog by the engine's names.
        return count(NormalizedModels.of(mapping, database), connection);
    }

    /** Counts over models the check normalized already. */
    public List<OrphanCount> count(NormalizedModels models, Connection connection) {
        MappingModel mapping = models.mapping();
        SchemaModel database = models.database();
        OrphanQueries queries = new OrphanQueries(database.database().kind());
        List<OrphanCount> counts = new ArrayList<>();
        for (ExpectedForeignKey relation : distinct(mapping.foreignKeys(), database.database().names())) {
            queries.forRelation(relation.key(), database)
                    .ifPresent(query -> counts.add(count(relation, query, connection)));
        }
        return counts;
    }

    /** Two entities mapping the same relation (e.g. one table mapped twice) need one count. */
    private static List<ExpectedForeignKey> distinct(List<ExpectedForeignKey> relations, NameRules names) {
        Map<String, ExpectedForeignKey> byKey = new LinkedHashMap<>();
        for (ExpectedForeignKey relation : relations) {
            ForeignKey key = relation.key();
            // Columns as the engine compares them: a quoted "Code" and its twin code are two relations.
            String identity = key.table().qualifiedKey() + key.columns().stream()
                    .map(c -> names.columnKey(key.table(), c)).toList() + key.targetTable().qualifiedKey()
                    + key.targetColumns().stream().map(c -> names.columnKey(key.targetTable(), c)).toList();
            byKey.putIfAbsent(identity, relation);
        }
        return List.copyOf(byKey.values());
    }

    private OrphanCount count(ExpectedForeignKey relation, OrphanQuery query, Connection connection) {
        try (Statement statement = connection.createStatement()) {
            statement.setQueryTimeout(settings.timeoutSeconds());
            try (ResultSet rows = statement.executeQuery(query.count())) {
                rows.next();
                return OrphanCount.counted(relation, rows.getLong(1), query.sample());
            }
        } catch (SQLException e) {
            rollBackIfInTransaction(connection);
            String reason = isTimeout(e) ? "timed out after " + settings.timeoutSeconds() + " s"
                    : "the query failed: " + Optional.ofNullable(e.getMessage()).orElse(e.getClass().getSimpleName());
            return OrphanCount.notCounted(relation, reason, query.sample());
        }
    }

    private static boolean isTimeout(SQLException e) {
        return e instanceof SQLTimeoutException || CANCELLED_STATES.contains(e.getSQLState());
    }

    /**
     * PostgreSQL refuses every further statement in a transaction after one failed; only SELECTs ran, so rolling
     * back discards nothing.
     */
    private static void rollBackIfInTransaction(Connection connection) {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
            }
        } catch (SQLException ignored) {
            // The next count reports its own failure; nothing more can be done here.
        }
    }
}
