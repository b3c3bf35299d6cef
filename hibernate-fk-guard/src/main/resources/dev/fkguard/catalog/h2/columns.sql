-- Columns of the schemas read (views are dropped in Java). DATA_TYPE is H2's standard spelling (INTEGER, BIGINT,
-- CHARACTER VARYING, NUMERIC ...). H2 has no UNSIGNED and one collation per database.
SELECT c.TABLE_SCHEMA AS table_schema,
       c.TABLE_NAME   AS table_name,
       c.COLUMN_NAME  AS column_name,
       c.ORDINAL_POSITION AS ordinal_position,
       UPPER(c.DATA_TYPE) AS data_type,
       c.CHARACTER_MAXIMUM_LENGTH AS character_length,
       c.NUMERIC_PRECISION AS numeric_precision,
       c.NUMERIC_SCALE     AS numeric_scale,
       FALSE               AS is_unsigned,
       CAST(NULL AS VARCHAR) AS charset_name,
       CAST(NULL AS VARCHAR) AS collation_name,
       (c.IS_NULLABLE = 'YES') AS is_nullable
FROM INFORMATION_SCHEMA.COLUMNS c
WHERE c.TABLE_SCHEMA IN (:schemas)
ORDER BY c.TABLE_NAME, c.ORDINAL_POSITION
