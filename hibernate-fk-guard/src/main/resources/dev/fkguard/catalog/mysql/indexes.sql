-- Indexes (the primary key is the one named PRIMARY) with their key parts in order. MySQL 8 functional key parts
-- have no COLUMN_NAME; they are reported as the parenthesised expression.
-- No ORDER BY: SchemaAssembler orders rows itself (a sort here only cost the engine time).
SELECT s.TABLE_SCHEMA   AS table_schema,
       s.TABLE_NAME     AS table_name,
       s.INDEX_NAME     AS index_name,
       s.SEQ_IN_INDEX   AS ordinal_position,
       COALESCE(s.COLUMN_NAME, CONCAT('(', s.EXPRESSION, ')')) AS column_name,
       (s.NON_UNIQUE = 0)         AS is_unique,
       (s.INDEX_NAME = 'PRIMARY') AS is_primary
FROM information_schema.STATISTICS s
WHERE s.TABLE_SCHEMA IN (:schemas)
