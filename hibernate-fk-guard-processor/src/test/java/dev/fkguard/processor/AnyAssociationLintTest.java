package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

class AnyAssociationLintTest {

    private static final String SUPPRESS = """
            package dev.fkguard;
            public @interface FkGuardSuppress {
                String[] rules();
                String reason();
            }
            """;

    @Test
    void firesOnAnyAndManyToAny() {
        ProcessorRun.withGuard(List.of(), Sources.app("""
                @Entity
                public class Comment {
                    @Id Long id;

                    // BUG: NOTE [any-association] Comment.subject: @Any stores an id that may point into any of several tables
                    @Any
                    @JoinColumn(name = "subject_id")
                    Object subject;

                    // BUG: NOTE [any-association] Comment.mentions: @ManyToAny stores an id
                    @ManyToAny
                    @JoinTable(name = "comment_mentions")
                    List<Object> mentions;
                }
                """)).assertMatchesMarkers();
    }

    /** Its id before the runtime rule was split still sets its level and still suppresses it. */
    @Test
    void theFormerIdPolymorphicAssociationStillAppliesToIt() {
        ProcessorRun.withGuard(List.of("-Afkguard.rules=polymorphic-association=warning"), SUPPRESS, Sources.app("""
                @Entity
                public class Comment {
                    @Id Long id;

                    // BUG: WARNING [any-association] Comment.subject: @Any stores an id
                    @Any
                    @JoinColumn(name = "subject_id")
                    Object subject;

                    @dev.fkguard.FkGuardSuppress(rules = "polymorphic-association", reason = "mentions point anywhere")
                    @ManyToAny
                    @JoinTable(name = "comment_mentions")
                    List<Object> mentions;

                    @dev.fkguard.FkGuardSuppress(rules = "any-association", reason = "likes point anywhere")
                    @ManyToAny
                    @JoinTable(name = "comment_likes")
                    List<Object> likes;
                }
                """)).assertMatchesMarkers();
    }

    @Test
    void quietOnPlainAssociations() {
        ProcessorRun.withGuard(List.of(), Sources.PARENT, Sources.app("""
                @Entity
                public class Comment {
                    @Id Long id;
                    @ManyToOne Parent subject;
                    @ManyToMany List<Parent> mentions;
                }
                """)).assertMatchesMarkers();
    }
}
