package dev.fkguard.example;

import java.util.Objects;

/** Where Hibernate connects. */
public record ConnectionSettings(String url, String user, String password) {

    public ConnectionSettings {
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
    }

    static ConnectionSettings from(ShopOptions options) {
        return new ConnectionSettings(
                options.jdbcUrl().orElseThrow(),
                options.user().orElse(""),
                options.password().orElse(""));
    }
}
