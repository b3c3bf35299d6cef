-- Columns of one schema (views are dropped in Java). The type is information_schema's spelling in upper case
-- (INTEGER, BIGINT, CHARACTER VARYING, NUMERIC, TIMESTAMP WITHOUT TIME ZONE); enums, other user-defined types and
-- arrays by their type name (arrays: _INT4 ...). collation_name is only set where a column overrides the default.
SELECT c.table_schema AS table_schema,
       c.table_name   AS table_name,
       c.column_name  AS column_name,
       c.ordinal_position AS ordinal_position,
       upper(CASE WHEN c.data_type IN ('USER-DEFINED', 'ARRAY') THEN c.udt_name ELSE c.data_type END) AS data_type,
       c.character_maximum_length AS character_length,
       c.numeric_precision AS numeric_precision,
       c.numeric_scale     AS numeric_scale,
       false               AS is_unsigned,
       CAST(NULL AS text)  AS charset_name,
       c.collation_name    AS collation_name,
       (c.is_nullable = 'YES') AS is_nullable
FROM information_schema.columns c
WHERE c.table_schema = ?
ORDER BY c.table_name, c.ordinal_position
