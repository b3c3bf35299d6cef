-- Views of the schemas read: an entity mapped to one is reported once and checked no further (a view has no keys).
SELECT t.TABLE_SCHEMA AS table_schema,
       t.TABLE_NAME   AS table_name
FROM INFORMATION_SCHEMA.TABLES t
WHERE t.TABLE_SCHEMA IN (:schemas)
  AND t.TABLE_TYPE = 'VIEW'
ORDER BY t.TABLE_NAME
