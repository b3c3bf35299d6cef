package dev.fkguard.mapping;

import org.hibernate.boot.model.naming.Identifier;
import org.hibernate.mapping.Table;

import dev.fkguard.model.TableRef;

/** Hibernate table → neutral reference, with the schema only where the mapping names one. */
final class TableRefs {

    private TableRefs() {
    }

    static TableRef of(Table table) {
        Identifier schema = table.getSchemaIdentifier();
        return TableRef.of(schema == null ? null : schema.getText(), table.getName());
    }
}
