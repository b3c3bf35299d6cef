package dev.fkguard.report;

import dev.fkguard.ddl.DdlRenderer;
import dev.fkguard.ddl.Remedy;
import dev.fkguard.rule.Finding;

import java.util.List;
import java.util.Locale;

/** A finding's remedies as SQL for the engine that was checked, the way the machine-readable reports list them. */
final class Remedies {

    private Remedies() {
    }

    static DdlRenderer ddlFor(Report report) {
        return new DdlRenderer(report.database());
    }

    static List<String> sql(Report report, Finding finding) {
        DdlRenderer ddl = ddlFor(report);
        return finding.remedies().stream().map(ddl::render).toList();
    }

    /** {@code AddForeignKey} → {@code add-foreign-key}: the remedy's kind, stable across releases. */
    static String kind(Remedy remedy) {
        return remedy.getClass().getSimpleName().replaceAll("([a-z])([A-Z])", "$1-$2").toLowerCase(Locale.ROOT);
    }
}
