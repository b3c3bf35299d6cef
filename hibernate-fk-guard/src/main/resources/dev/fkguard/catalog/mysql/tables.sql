-- Base tables of the databases read with their storage engine (MyISAM, Aria, MEMORY... keep no foreign keys).
-- No ORDER BY: SchemaAssembler orders rows itself (a sort here only cost the engine time).
SELECT t.TABLE_SCHEMA AS table_schema,
       t.TABLE_NAME   AS table_name,
       t.ENGINE       AS engine_name
FROM information_schema.TABLES t
WHERE t.TABLE_SCHEMA IN (:schemas)
  AND t.TABLE_TYPE = 'BASE TABLE'
