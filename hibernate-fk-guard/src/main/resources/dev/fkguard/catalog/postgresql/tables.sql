-- Ordinary and partitioned tables of the schemas read. Partitions are left out: their foreign keys are clones of the
-- parent's (pg_constraint.conparentid) and the parent is what a mapping names.
-- No ORDER BY: SchemaAssembler orders rows itself; on a thousand schemas the sort spilled to disk.
SELECT ns.nspname AS table_schema,
       cl.relname AS table_name,
       CAST(NULL AS text) AS engine_name
FROM pg_catalog.pg_class cl
JOIN pg_catalog.pg_namespace ns ON ns.oid = cl.relnamespace
WHERE ns.nspname IN (:schemas)
  AND cl.relkind IN ('r', 'p')
  AND NOT cl.relispartition
