-- Base tables of the databases read with their storage engine. MariaDB reports system-versioned tables with their own
-- TABLE_TYPE; they are ordinary tables for foreign keys.
-- No ORDER BY: SchemaAssembler orders rows itself (a sort here only cost the engine time).
SELECT t.TABLE_SCHEMA AS table_schema,
       t.TABLE_NAME   AS table_name,
       t.ENGINE       AS engine_name
FROM information_schema.TABLES t
WHERE t.TABLE_SCHEMA IN (:schemas)
  AND t.TABLE_TYPE IN ('BASE TABLE', 'SYSTEM VERSIONED')
