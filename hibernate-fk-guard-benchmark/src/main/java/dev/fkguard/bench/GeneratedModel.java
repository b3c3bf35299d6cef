package dev.fkguard.bench;

import dev.fkguard.testing.Engine;

import java.util.ArrayList;
import java.util.List;

/**
 * A synthetic domain of N entities and the schema that matches it exactly, so the guard finds nothing and the
 * benchmark measures the clean path an application takes on every start.
 *
 * <p>Entity {@code E<i>} maps table {@code e<i>}. Every entity after the first has two many-to-one references to
 * earlier entities; every tenth ({@code i % 10 == 5}) has a two-column embedded id, and its successor references
 * it through a composite foreign key; every tenth ({@code i % 10 == 7}) also references itself; every twentieth
 * ({@code i % 20 == 3}) owns a many-to-many through junction table {@code j<i>}. That is about 2.2 foreign keys per
 * entity. All names are explicit, so the mapping and the DDL cannot disagree.
 */
final class GeneratedModel {

    private final int size;
    private final String packageName;

    GeneratedModel(int size) {
        this.size = size;
        this.packageName = "bench.n" + size;
    }

    int size() {
        return size;
    }

    String packageName() {
        return packageName;
    }

    List<String> classNames() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            names.add(packageName + ".E" + i);
        }
        return names;
    }

    /** Tables including junction tables. */
    int tableCount() {
        int junctions = 0;
        for (int i = 0; i < size; i++) {
            junctions += hasJunction(i) ? 1 : 0;
        }
        return size + junctions;
    }

    int foreignKeyCount() {
        int keys = 0;
        for (int i = 0; i < size; i++) {
            keys += references(i).size() + (selfReferencing(i) ? 1 : 0) + (hasJunction(i) ? 2 : 0);
        }
        return keys;
    }

    /** Java source files: simple class name -> source. */
    List<SourceFile> sources() {
        List<SourceFile> files = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            files.add(new SourceFile("E" + i, entitySource(i)));
            if (composite(i)) {
                files.add(new SourceFile("K" + i, keySource(i)));
            }
        }
        return files;
    }

    record SourceFile(String simpleName, String source) {
    }

    /** CREATE TABLE statements with every foreign key inline, in dependency order, plus the FK indexes it needs. */
    List<String> ddl(Engine engine) {
        List<String> statements = new ArrayList<>();
        List<String> indexes = new ArrayList<>();
        // MySQL and MariaDB index every foreign key themselves; PostgreSQL never does, H2 only without one.
        boolean explicitIndexes = engine == Engine.POSTGRESQL || engine == Engine.H2;
        for (int i = 0; i < size; i++) {
            String table = "e" + i;
            StringBuilder sql = new StringBuilder("CREATE TABLE ").append(table).append(" (");
            if (composite(i)) {
                sql.append("a BIGINT NOT NULL, b BIGINT NOT NULL, ");
            } else {
                sql.append("id BIGINT NOT NULL, ");
            }
            sql.append("name VARCHAR(255)");
            for (Reference ref : references(i)) {
                for (String column : ref.columns()) {
                    sql.append(", ").append(column).append(" BIGINT");
                }
            }
            if (selfReferencing(i)) {
                sql.append(", parent_id BIGINT");
            }
            sql.append(", PRIMARY KEY (").append(composite(i) ? "a, b" : "id").append(")");
            for (Reference ref : references(i)) {
                sql.append(", CONSTRAINT ").append(ref.constraint(i)).append(" FOREIGN KEY (")
                        .append(String.join(", ", ref.columns())).append(") REFERENCES e").append(ref.target())
                        .append(" (").append(composite(ref.target()) ? "a, b" : "id").append(")");
                indexes.add("CREATE INDEX ix_" + ref.constraint(i).substring(3) + " ON " + table + " ("
                        + String.join(", ", ref.columns()) + ")");
            }
            if (selfReferencing(i)) {
                sql.append(", CONSTRAINT fk_").append(table).append("_parent FOREIGN KEY (parent_id) REFERENCES ")
                        .append(table).append(" (id)");
                indexes.add("CREATE INDEX ix_" + table + "_parent ON " + table + " (parent_id)");
            }
            statements.add(sql.append(")").toString());
            if (hasJunction(i)) {
                int target = junctionTarget(i);
                statements.add("CREATE TABLE j" + i + " (owner_id BIGINT NOT NULL, target_id BIGINT NOT NULL,"
                        + " PRIMARY KEY (owner_id, target_id),"
                        + " CONSTRAINT fk_j" + i + "_owner FOREIGN KEY (owner_id) REFERENCES " + table + " (id),"
                        + " CONSTRAINT fk_j" + i + "_target FOREIGN KEY (target_id) REFERENCES e" + target + " (id))");
                indexes.add("CREATE INDEX ix_j" + i + "_target ON j" + i + " (target_id)");
            }
        }
        if (explicitIndexes) {
            statements.addAll(indexes);
        }
        return statements;
    }

    private String entitySource(int i) {
        StringBuilder java = new StringBuilder();
        java.append("package ").append(packageName).append(";\n\n")
                .append("import jakarta.persistence.*;\n\n")
                .append("@Entity\n@Table(name = \"e").append(i).append("\")\n")
                .append("public class E").append(i).append(" {\n");
        if (composite(i)) {
            java.append("    @EmbeddedId\n    private K").append(i).append(" id;\n");
        } else {
            java.append("    @Id\n    private Long id;\n");
        }
        java.append("    @Column(name = \"name\")\n    private String name;\n");
        for (Reference ref : references(i)) {
            java.append("    @ManyToOne(fetch = FetchType.LAZY)\n");
            if (ref.columns().size() == 1) {
                java.append("    @JoinColumn(name = \"").append(ref.columns().get(0))
                        .append("\", foreignKey = @ForeignKey(name = \"").append(ref.constraint(i)).append("\"))\n");
            } else {
                java.append("    @JoinColumns(value = {@JoinColumn(name = \"").append(ref.columns().get(0))
                        .append("\", referencedColumnName = \"a\"), @JoinColumn(name = \"").append(ref.columns().get(1))
                        .append("\", referencedColumnName = \"b\")}, foreignKey = @ForeignKey(name = \"")
                        .append(ref.constraint(i)).append("\"))\n");
            }
            java.append("    private E").append(ref.target()).append(' ').append(ref.field()).append(";\n");
        }
        if (selfReferencing(i)) {
            java.append("    @ManyToOne(fetch = FetchType.LAZY)\n")
                    .append("    @JoinColumn(name = \"parent_id\", foreignKey = @ForeignKey(name = \"fk_e").append(i)
                    .append("_parent\"))\n    private E").append(i).append(" parent;\n");
        }
        if (hasJunction(i)) {
            java.append("    @ManyToMany\n    @JoinTable(name = \"j").append(i)
                    .append("\", joinColumns = @JoinColumn(name = \"owner_id\"),")
                    .append(" inverseJoinColumns = @JoinColumn(name = \"target_id\"),")
                    .append(" foreignKey = @ForeignKey(name = \"fk_j").append(i).append("_owner\"),")
                    .append(" inverseForeignKey = @ForeignKey(name = \"fk_j").append(i).append("_target\"))\n")
                    .append("    private java.util.Set<E").append(junctionTarget(i)).append("> links;\n");
        }
        return java.append("}\n").toString();
    }

    private String keySource(int i) {
        return "package " + packageName + ";\n\n"
                + "import jakarta.persistence.*;\n\n"
                + "@Embeddable\npublic class K" + i + " implements java.io.Serializable {\n"
                + "    @Column(name = \"a\")\n    private Long a;\n"
                + "    @Column(name = \"b\")\n    private Long b;\n"
                + "    @Override public boolean equals(Object o) {\n"
                + "        return o instanceof K" + i + " k && java.util.Objects.equals(a, k.a)"
                + " && java.util.Objects.equals(b, k.b);\n    }\n"
                + "    @Override public int hashCode() { return java.util.Objects.hash(a, b); }\n"
                + "}\n";
    }

    private record Reference(String field, int target, List<String> columns) {
        String constraint(int owner) {
            return "fk_e" + owner + "_" + field;
        }
    }

    private List<Reference> references(int i) {
        if (i == 0) {
            return List.of();
        }
        List<Reference> refs = new ArrayList<>();
        if (composite(i - 1)) {
            refs.add(new Reference("r1", i - 1, List.of("r1_a", "r1_b")));
        } else {
            refs.add(new Reference("r1", i - 1, List.of("r1_id")));
        }
        // A spread of earlier targets (a hash of i), so some tables are referenced often and some never.
        int second = simpleAtOrBefore((int) (((i * 2654435761L) >>> 8) % i));
        refs.add(new Reference("r2", second, List.of("r2_id")));
        return refs;
    }

    private static boolean composite(int i) {
        return i % 10 == 5;
    }

    private static boolean selfReferencing(int i) {
        return i % 10 == 7;
    }

    private static boolean hasJunction(int i) {
        return i % 20 == 3;
    }

    private static int junctionTarget(int i) {
        return simpleAtOrBefore(i / 2);
    }

    private static int simpleAtOrBefore(int i) {
        int j = i;
        while (composite(j)) {
            j--;
        }
        return j;
    }
}
