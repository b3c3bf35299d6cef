package dev.fkguard.model;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class EnglishTest {

    @Test
    void aCountTakesItsNounInTheRightNumber() {
        assertEquals("1 mapped foreign key", English.plural(1, "mapped foreign key"));
        assertEquals("0 rows", English.plural(0, "row"));
        assertEquals("2 findings", English.plural(2, "finding"));
    }

    @Test
    void theArticleFollowsHowTheWordSounds() {
        assertEquals("an animal", English.withArticle("animal"));
        assertEquals("an order_items", English.withArticle("order_items"));
        assertEquals("an ORDERS", English.withArticle("ORDERS"));
        assertEquals("a parents", English.withArticle("parents"));
        assertEquals("a users", English.withArticle("users"));
        assertEquals("a unit", English.withArticle("unit"));
        assertEquals("an hour", English.withArticle("hour"));
        assertEquals("a", English.article(""));
    }
}
