-- Indexes of the schemas read's tables with their key columns in pg_index.indkey order (INCLUDE columns left out).
-- Expression key parts (attnum 0) are reported as their expression text. A partial unique index does not make
-- its columns unique, so it is reported as not unique.
-- No ORDER BY: SchemaAssembler orders rows itself; on a thousand schemas the sort spilled to disk.
SELECT ns.nspname AS table_schema,
       cl.relname AS table_name,
       ic.relname AS index_name,
       k.position AS ordinal_position,
       CASE WHEN k.attnum = 0 THEN pg_catalog.pg_get_indexdef(i.indexrelid, CAST(k.position AS integer), true)
            ELSE a.attname END AS column_name,
       (i.indisunique AND i.indpred IS NULL) AS is_unique,
       i.indisprimary AS is_primary
FROM pg_catalog.pg_index i
JOIN pg_catalog.pg_class cl     ON cl.oid = i.indrelid
JOIN pg_catalog.pg_namespace ns ON ns.oid = cl.relnamespace
JOIN pg_catalog.pg_class ic     ON ic.oid = i.indexrelid
CROSS JOIN LATERAL unnest(CAST(i.indkey AS smallint[])) WITH ORDINALITY AS k(attnum, position)
LEFT JOIN pg_catalog.pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum
WHERE ns.nspname IN (:schemas)
  AND cl.relkind IN ('r', 'p')
  AND NOT cl.relispartition
  AND k.position <= i.indnkeyatts
