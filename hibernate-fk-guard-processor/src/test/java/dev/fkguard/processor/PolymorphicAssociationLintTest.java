package dev.fkguard.processor;

import java.util.List;
import org.junit.jupiter.api.Test;

class PolymorphicAssociationLintTest {

    @Test
    void firesOnAnyAndManyToAny() {
        ProcessorRun.withGuard(List.of(), Sources.app("""
                @Entity
                public class Comment {
                    @Id Long id;

                    // BUG: WARNING [polymorphic-association] Comment.subject: @Any stores an id that may point into any of several tables
                    @Any
                    @JoinColumn(name = "subject_id")
                    Object subject;

                    // BUG: WARNING [polymorphic-association] Comment.mentions: @ManyToAny stores an id
                    @ManyToAny
                    @JoinTable(name = "comment_mentions")
                    List<Object> mentions;
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
