-- Foreign keys of the databases read, one row per constraint. MySQL and MariaDB run a join of their information_schema
-- views far slower than the views alone (MariaDB: 225 ms against 34 ms at two thousand keys; MySQL: 54 against
-- 31 ms), so MySqlFamilyForeignKeys reads this and key-columns.sql and joins them in Java.
-- MySQL and MariaDB check NO ACTION immediately, like RESTRICT; the model keeps the word the engine stores (an omitted
-- clause: NO ACTION on MySQL, RESTRICT on MariaDB) and the rules compare the two by meaning.
SELECT r.CONSTRAINT_SCHEMA AS constraint_schema,
       r.CONSTRAINT_NAME   AS constraint_name,
       r.TABLE_NAME        AS table_name,
       r.DELETE_RULE       AS delete_rule,
       r.UPDATE_RULE       AS update_rule
FROM information_schema.REFERENTIAL_CONSTRAINTS r
WHERE r.CONSTRAINT_SCHEMA IN (:schemas)
