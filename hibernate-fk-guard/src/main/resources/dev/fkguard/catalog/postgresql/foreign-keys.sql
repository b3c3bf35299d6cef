-- Foreign keys of the schemas read, one row per column pair in key order (conkey/confkey are parallel arrays).
-- Clones on partitions (conparentid <> 0) are left out; the constraint on the partitioned parent stands for them.
-- Before PostgreSQL 18 every foreign key is enforced (NOT ENFORCED arrived with pg_constraint.conenforced in 18).
-- No ORDER BY: SchemaAssembler orders rows itself; on a thousand schemas the sort spilled to disk.
SELECT ns.nspname  AS table_schema,
       cl.relname  AS table_name,
       con.conname AS constraint_name,
       k.position  AS ordinal_position,
       a.attname   AS column_name,
       tns.nspname AS target_schema,
       tcl.relname AS target_table,
       ta.attname  AS target_column,
       CASE con.confdeltype
           WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
           WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS delete_rule,
       CASE con.confupdtype
           WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
           WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS update_rule,
       con.condeferrable AS is_deferrable,
       true AS is_enforced,
       con.convalidated  AS is_validated
FROM pg_catalog.pg_constraint con
JOIN pg_catalog.pg_class cl      ON cl.oid = con.conrelid
JOIN pg_catalog.pg_namespace ns  ON ns.oid = cl.relnamespace
JOIN pg_catalog.pg_class tcl     ON tcl.oid = con.confrelid
JOIN pg_catalog.pg_namespace tns ON tns.oid = tcl.relnamespace
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, target_attnum, position)
JOIN pg_catalog.pg_attribute a  ON a.attrelid = con.conrelid AND a.attnum = k.attnum
JOIN pg_catalog.pg_attribute ta ON ta.attrelid = con.confrelid AND ta.attnum = k.target_attnum
WHERE ns.nspname IN (:schemas)
  AND con.contype = 'f'
  AND con.conparentid = 0
  AND NOT cl.relispartition
