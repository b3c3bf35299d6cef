-- Columns of every table and view of the databases read (views are dropped in Java). DATA_TYPE is the bare type name
-- ("int", "varchar"); UNSIGNED only shows in COLUMN_TYPE. The last six labels are what ALTER TABLE ... MODIFY COLUMN
-- must repeat not to lose it: MySQL reports COLUMN_DEFAULT as the bare value (EXTRA says DEFAULT_GENERATED for an
-- expression), and keeps every CHECK as a table constraint, so column_check is always NULL here.
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
       c.EXTRA                    AS extra,
       c.COLUMN_COMMENT           AS column_comment,
       c.GENERATION_EXPRESSION    AS generation_expression,
       NULL                       AS column_check
FROM information_schema.COLUMNS c
WHERE c.TABLE_SCHEMA IN (:schemas)
