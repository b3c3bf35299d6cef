-- The type of each index of the schemas read; 'PRIMARY KEY' marks the primary key (joined to indexes.sql in Java).
SELECT i.INDEX_SCHEMA    AS index_schema,
       i.INDEX_NAME      AS index_name,
       i.INDEX_TYPE_NAME AS index_type_name
FROM INFORMATION_SCHEMA.INDEXES i
WHERE i.TABLE_SCHEMA IN (:schemas)
