-- Foreign keys of the schemas read, one row per constraint. H2 evaluates its INFORMATION_SCHEMA views once per joined
-- row, so any join among them grows with the square of the number of constraints (seconds at a thousand tables):
-- H2ForeignKeys reads this view, table-constraints.sql and key-columns.sql one by one and joins them in Java.
SELECT rc.CONSTRAINT_SCHEMA        AS constraint_schema,
       rc.CONSTRAINT_NAME          AS constraint_name,
       rc.UNIQUE_CONSTRAINT_SCHEMA AS unique_constraint_schema,
       rc.UNIQUE_CONSTRAINT_NAME   AS unique_constraint_name,
       rc.DELETE_RULE              AS delete_rule,
       rc.UPDATE_RULE              AS update_rule
FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
WHERE rc.CONSTRAINT_SCHEMA IN (:schemas)
