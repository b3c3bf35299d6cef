package dev.fkguard.processor;

/** Test-source helpers: every source gets the same imports, so the snippets show only what matters. */
final class Sources {

    static final String IMPORTS = """
            import jakarta.persistence.*;
            import java.util.*;
            import org.hibernate.annotations.Any;
            import org.hibernate.annotations.ManyToAny;
            import org.hibernate.annotations.OnDelete;
            import org.hibernate.annotations.OnDeleteAction;
            import org.hibernate.annotations.SQLDelete;
            import org.hibernate.annotations.SoftDelete;
            """;

    /** A parent entity most snippets point at. */
    static final String PARENT = "package app;\n" + IMPORTS + """
            @Entity
            public class Parent {
                @Id Long id;
            }
            """;

    private Sources() {
    }

    static String app(String body) {
        return "package app;\n" + IMPORTS + body;
    }
}
