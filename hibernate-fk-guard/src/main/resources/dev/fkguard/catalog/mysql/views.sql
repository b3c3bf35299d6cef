-- Views of the databases read: an entity mapped to one is reported once and checked no further (a view has no keys).
-- No ORDER BY: SchemaAssembler orders rows itself (a sort here only cost the engine time).
SELECT t.TABLE_SCHEMA AS table_schema,
       t.TABLE_NAME   AS table_name
FROM information_schema.TABLES t
WHERE t.TABLE_SCHEMA IN (:schemas)
  AND t.TABLE_TYPE IN ('VIEW', 'SYSTEM VIEW')
