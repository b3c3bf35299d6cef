package com.example.shop;

import org.hibernate.boot.model.naming.CamelCaseToUnderscoresNamingStrategy;
import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.engine.jdbc.env.spi.JdbcEnvironment;

/** The shop's own naming, set in application.yml: Spring's snake case, every table prefixed with shop_. */
public class ShopTableNaming extends CamelCaseToUnderscoresNamingStrategy {

    @Override
    public Identifier toPhysicalTableName(Identifier name, JdbcEnvironment context) {
        Identifier snake = super.toPhysicalTableName(name, context);
        return Identifier.toIdentifier("shop_" + snake.getText(), snake.isQuoted());
    }
}
