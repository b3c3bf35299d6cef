-- Index columns of the schemas read in key order. Joining INDEXES here would be quadratic on H2 (it evaluates its
-- INFORMATION_SCHEMA views once per joined row: seconds at a thousand tables), so whether an index is the primary
-- key comes from index-types.sql, joined in Java by H2Indexes.
SELECT c.TABLE_SCHEMA     AS table_schema,
       c.TABLE_NAME       AS table_name,
       c.INDEX_SCHEMA     AS index_schema,
       c.INDEX_NAME       AS index_name,
       c.ORDINAL_POSITION AS ordinal_position,
       c.COLUMN_NAME      AS column_name,
       c.IS_UNIQUE        AS is_unique
FROM INFORMATION_SCHEMA.INDEX_COLUMNS c
WHERE c.TABLE_SCHEMA IN (:schemas)
