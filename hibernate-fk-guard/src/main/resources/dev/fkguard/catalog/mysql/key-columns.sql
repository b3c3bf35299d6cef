-- The columns of every foreign key of the databases read, each with the column it references (joined to
-- foreign-keys.sql in Java by MySqlFamilyForeignKeys).
SELECT k.CONSTRAINT_SCHEMA       AS constraint_schema,
       k.CONSTRAINT_NAME         AS constraint_name,
       k.TABLE_SCHEMA            AS table_schema,
       k.TABLE_NAME              AS table_name,
       k.ORDINAL_POSITION        AS ordinal_position,
       k.COLUMN_NAME             AS column_name,
       k.REFERENCED_TABLE_SCHEMA AS target_schema,
       k.REFERENCED_TABLE_NAME   AS target_table,
       k.REFERENCED_COLUMN_NAME  AS target_column
FROM information_schema.KEY_COLUMN_USAGE k
WHERE k.CONSTRAINT_SCHEMA IN (:schemas)
  AND k.REFERENCED_TABLE_NAME IS NOT NULL
