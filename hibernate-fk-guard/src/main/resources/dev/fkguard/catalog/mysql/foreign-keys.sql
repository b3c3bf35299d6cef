-- Foreign keys of one database, one row per column pair in key order. KEY_COLUMN_USAGE carries the referenced
-- column on the same row, so no unique constraint is needed to pair them (InnoDB may reference any index).
-- MySQL and MariaDB check NO ACTION immediately, like RESTRICT; the reader folds the two together.
SELECT k.TABLE_SCHEMA            AS table_schema,
       k.TABLE_NAME              AS table_name,
       k.CONSTRAINT_NAME         AS constraint_name,
       k.ORDINAL_POSITION        AS ordinal_position,
       k.COLUMN_NAME             AS column_name,
       k.REFERENCED_TABLE_SCHEMA AS target_schema,
       k.REFERENCED_TABLE_NAME   AS target_table,
       k.REFERENCED_COLUMN_NAME  AS target_column,
       r.DELETE_RULE             AS delete_rule,
       r.UPDATE_RULE             AS update_rule,
       FALSE                     AS is_deferrable,
       TRUE                      AS is_enforced,
       TRUE                      AS is_validated
FROM information_schema.REFERENTIAL_CONSTRAINTS r
JOIN information_schema.KEY_COLUMN_USAGE k
  ON k.CONSTRAINT_SCHEMA = r.CONSTRAINT_SCHEMA
 AND k.CONSTRAINT_NAME = r.CONSTRAINT_NAME
 AND k.TABLE_NAME = r.TABLE_NAME
WHERE r.CONSTRAINT_SCHEMA = ?
  AND k.REFERENCED_TABLE_NAME IS NOT NULL
ORDER BY k.TABLE_NAME, k.CONSTRAINT_NAME, k.ORDINAL_POSITION
