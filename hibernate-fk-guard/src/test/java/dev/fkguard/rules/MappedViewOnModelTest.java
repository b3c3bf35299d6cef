package dev.fkguard.rules;

import dev.fkguard.FkGuard;
import dev.fkguard.FkGuardSettings;
import dev.fkguard.model.Column;
import dev.fkguard.model.ColumnType;
import dev.fkguard.model.DatabaseInfo;
import dev.fkguard.model.DatabaseKind;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.SchemaModel;
import dev.fkguard.model.Table;
import dev.fkguard.model.TableRef;
import dev.fkguard.report.Report;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** mapped-view: a mapped view or @Subselect query is reported once, and its keys are not checked. */
class MappedViewOnModelTest {

    private static final TableRef SUMMARY = TableRef.of("customer_summary");

    private static List<String> lines(Report report) {
        return report.findings().stream().map(f -> f.severity() + " " + f.format()).toList();
    }

    @Test
    void anEntityOnAViewIsReportedOnceAndItsKeysAreNotMissing() {
        // The child side of Models' relation is a view in the database: no key, and no "table not found".
        MappingModel mapping = new MappingModel(Set.of(Models.PARENTS, Models.CHILDREN),
                List.of(Models.expected(Optional.empty(), false)));
        SchemaModel database = new SchemaModel(new DatabaseInfo(DatabaseKind.POSTGRESQL, "test", List.of()),
                List.of(new Table(Models.PARENTS, List.of(new Column("id", ColumnType.of("BIGINT"), false)),
                        List.of("id"), List.of(), Optional.empty())),
                List.of(), Set.of(Models.CHILDREN));
        List<String> lines = lines(new FkGuard(FkGuardSettings.defaults()).check(mapping, database));
        assertEquals(List.of("INFO [mapped-view] children: children is a view in the database: it has no foreign"
                + " keys and none can reference it, so its relations are not checked. Fix: nothing to change;"
                + " guard the relations on the tables under the view, or suppress this with"
                + " @FkGuardSuppress(rules = \"mapped-view\", reason = …)."), lines);
    }

    @Test
    void aSubselectEntityIsReportedOnce() {
        MappingModel mapping = new MappingModel(Set.of(), List.of(), List.of(), List.of(), List.of(), Set.of(SUMMARY));
        SchemaModel database = new SchemaModel(new DatabaseInfo(DatabaseKind.H2, "test", List.of()), List.of(),
                List.of());
        List<String> lines = lines(new FkGuard(FkGuardSettings.defaults()).check(mapping, database));
        assertEquals(1, lines.size(), lines::toString);
        assertEquals(true, lines.get(0).startsWith("INFO [mapped-view] customer_summary: customer_summary is mapped"
                + " to a query (@Subselect)"), lines.get(0));
    }
}
