-- Indexes of one schema with their columns in order; the primary key is INDEX_TYPE_NAME 'PRIMARY KEY'.
SELECT i.TABLE_SCHEMA     AS table_schema,
       i.TABLE_NAME       AS table_name,
       i.INDEX_NAME       AS index_name,
       c.ORDINAL_POSITION AS ordinal_position,
       c.COLUMN_NAME      AS column_name,
       (i.INDEX_TYPE_NAME IN ('PRIMARY KEY', 'UNIQUE INDEX')) AS is_unique,
       (i.INDEX_TYPE_NAME = 'PRIMARY KEY') AS is_primary
FROM INFORMATION_SCHEMA.INDEXES i
JOIN INFORMATION_SCHEMA.INDEX_COLUMNS c
  ON c.INDEX_SCHEMA = i.INDEX_SCHEMA AND c.INDEX_NAME = i.INDEX_NAME AND c.TABLE_NAME = i.TABLE_NAME
WHERE i.TABLE_SCHEMA = ?
ORDER BY i.TABLE_NAME, i.INDEX_NAME, c.ORDINAL_POSITION
