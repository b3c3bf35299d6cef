-- Views and materialized views of the schemas read: an entity mapped to one is reported once and checked no further.
-- No ORDER BY: SchemaAssembler orders rows itself; on a thousand schemas the sort spilled to disk.
SELECT ns.nspname AS table_schema,
       cl.relname AS table_name
FROM pg_catalog.pg_class cl
JOIN pg_catalog.pg_namespace ns ON ns.oid = cl.relnamespace
WHERE ns.nspname IN (:schemas)
  AND cl.relkind IN ('v', 'm')
