-- Columns of every table and view of the databases read, as mysql/columns.sql, with what MariaDB spells differently:
-- COLUMN_DEFAULT is already SQL ('abc', 7, current_timestamp(), NULL for "no default" on a nullable column); a
-- column-level CHECK belongs to the column definition (ALTER TABLE ... MODIFY COLUMN drops it unless repeated), so it
-- is read from CHECK_CONSTRAINTS (LEVEL 'Column', named after its column); system-versioning period columns are
-- marked in extra.
-- No ORDER BY: SchemaAssembler orders rows itself (a sort here only cost the engine time).
SELECT c.TABLE_SCHEMA             AS table_schema,
       c.TABLE_NAME               AS table_name,
       c.COLUMN_NAME              AS column_name,
       c.ORDINAL_POSITION         AS ordinal_position,
       UPPER(c.DATA_TYPE)         AS data_type,
       c.CHARACTER_MAXIMUM_LENGTH AS character_length,
       c.NUMERIC_PRECISION        AS numeric_precision,
       c.NUMERIC_SCALE            AS numeric_scale,
       (LOWER(c.COLUMN_TYPE) LIKE '%unsigned%') AS is_unsigned,
       c.CHARACTER_SET_NAME       AS charset_name,
       c.COLLATION_NAME           AS collation_name,
       (c.IS_NULLABLE = 'YES')    AS is_nullable,
       c.COLUMN_TYPE              AS column_type,
       c.COLUMN_DEFAULT           AS column_default,
       CONCAT(c.EXTRA,
              CASE WHEN c.IS_SYSTEM_TIME_PERIOD_START = 'YES' THEN ' ROW START'
                   WHEN c.IS_SYSTEM_TIME_PERIOD_END = 'YES' THEN ' ROW END' ELSE '' END) AS extra,
       c.COLUMN_COMMENT           AS column_comment,
       c.GENERATION_EXPRESSION    AS generation_expression,
       cc.CHECK_CLAUSE            AS column_check
FROM information_schema.COLUMNS c
LEFT JOIN information_schema.CHECK_CONSTRAINTS cc
       ON cc.CONSTRAINT_SCHEMA = c.TABLE_SCHEMA AND cc.TABLE_NAME = c.TABLE_NAME
      AND cc.CONSTRAINT_NAME = c.COLUMN_NAME AND cc.LEVEL = 'Column'
WHERE c.TABLE_SCHEMA IN (:schemas)
