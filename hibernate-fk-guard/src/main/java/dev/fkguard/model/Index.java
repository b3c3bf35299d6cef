package dev.fkguard.model;

import java.util.List;
import java.util.Objects;

/** An index, unique key or primary key, with its columns in key order. */
public record Index(String name, List<String> columns, boolean unique) {

    public Index {
        Objects.requireNonNull(name, "name");
        columns = List.copyOf(columns);
    }
}
