-- The foreign keys and primary keys of the schemas read: a foreign key's table and state (joined to foreign-keys.sql
-- in Java by H2ForeignKeys) and the index that backs each primary key (H2Indexes: which of indexes.sql's indexes is
-- the primary key). One view for both: H2 builds every row of a view it reads, whatever the WHERE keeps, and its
-- INDEXES view (which would name the primary key index too) also writes each index's CREATE statement.
SELECT tc.CONSTRAINT_SCHEMA          AS constraint_schema,
       tc.CONSTRAINT_NAME            AS constraint_name,
       tc.CONSTRAINT_TYPE            AS constraint_type,
       tc.TABLE_SCHEMA               AS table_schema,
       tc.TABLE_NAME                 AS table_name,
       (tc.IS_DEFERRABLE = 'YES')    AS is_deferrable,
       (tc.ENFORCED = 'YES')         AS is_enforced,
       tc.INDEX_SCHEMA               AS index_schema,
       tc.INDEX_NAME                 AS index_name
FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
WHERE tc.CONSTRAINT_SCHEMA IN (:schemas) AND tc.CONSTRAINT_TYPE IN ('FOREIGN KEY', 'PRIMARY KEY')
