-- Indexes (the primary key is the one named PRIMARY) with their key parts in order. MariaDB's STATISTICS has no
-- EXPRESSION column (it has no functional key parts).
-- No ORDER BY: SchemaAssembler orders rows itself (a sort here only cost the engine time).
SELECT s.TABLE_SCHEMA   AS table_schema,
       s.TABLE_NAME     AS table_name,
       s.INDEX_NAME     AS index_name,
       s.SEQ_IN_INDEX   AS ordinal_position,
       s.COLUMN_NAME    AS column_name,
       (s.NON_UNIQUE = 0)         AS is_unique,
       (s.INDEX_NAME = 'PRIMARY') AS is_primary
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA IN (:schemas)
