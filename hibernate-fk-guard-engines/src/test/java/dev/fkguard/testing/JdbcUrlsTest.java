package dev.fkguard.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class JdbcUrlsTest {

    @Test
    void derivesSchemaUrlsFromServerUrls() {
        assertEquals("jdbc:mysql://h:3306/t_1", JdbcUrls.withSchema(Engine.MYSQL, "jdbc:mysql://h:3306/", "t_1"));
        assertEquals("jdbc:mysql://h:3306/t_1?useSSL=false",
                JdbcUrls.withSchema(Engine.MYSQL, "jdbc:mysql://h:3306/other?useSSL=false", "t_1"));
        assertEquals("jdbc:mariadb://h/t_1", JdbcUrls.withSchema(Engine.MARIADB, "jdbc:mariadb://h", "t_1"));
        assertEquals("jdbc:postgresql://h/postgres?currentSchema=t_1",
                JdbcUrls.withSchema(Engine.POSTGRESQL, "jdbc:postgresql://h/postgres", "t_1"));
        assertEquals("jdbc:postgresql://h/db?ssl=false&currentSchema=t_1",
                JdbcUrls.withSchema(Engine.POSTGRESQL, "jdbc:postgresql://h/db?ssl=false", "t_1"));
    }
}
