-- Base tables of the schemas read (H2 2.x information_schema). H2 has no per-table storage engine worth reporting.
SELECT t.TABLE_SCHEMA AS table_schema,
       t.TABLE_NAME   AS table_name,
       CAST(NULL AS VARCHAR) AS engine_name
FROM INFORMATION_SCHEMA.TABLES t
WHERE t.TABLE_SCHEMA IN (:schemas)
  AND t.TABLE_TYPE = 'BASE TABLE'
ORDER BY t.TABLE_NAME
