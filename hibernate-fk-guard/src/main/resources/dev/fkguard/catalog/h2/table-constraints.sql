-- The table and deferrability of each foreign key of the schemas read (joined to foreign-keys.sql in Java).
SELECT tc.CONSTRAINT_SCHEMA          AS constraint_schema,
       tc.CONSTRAINT_NAME            AS constraint_name,
       tc.TABLE_SCHEMA               AS table_schema,
       tc.TABLE_NAME                 AS table_name,
       (tc.IS_DEFERRABLE = 'YES')    AS is_deferrable,
       (tc.ENFORCED = 'YES')         AS is_enforced
FROM INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
WHERE tc.CONSTRAINT_SCHEMA IN (:schemas) AND tc.CONSTRAINT_TYPE = 'FOREIGN KEY'
