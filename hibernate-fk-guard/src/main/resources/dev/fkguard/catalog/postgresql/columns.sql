-- Columns of the schemas read's ordinary and partitioned tables, straight from pg_attribute. The values are those of
-- information_schema.columns (type in upper case: INTEGER, BIGINT, CHARACTER VARYING, NUMERIC, TIMESTAMP WITHOUT TIME
-- ZONE; enums, other user-defined types and arrays by their type name, arrays as _INT4 ...; a domain as its base
-- type; collation only where a column overrides the default), computed inline: that view calls SQL functions per
-- row and checks privileges per column, which made it five times slower than this query on a thousand tables.
-- No ORDER BY: SchemaAssembler orders rows itself; on a thousand schemas the sort spilled to disk.
SELECT ns.nspname AS table_schema,
       cl.relname AS table_name,
       a.attname  AS column_name,
       a.attnum   AS ordinal_position,
       upper(CASE WHEN base.typelem <> 0 AND base.typlen = -1 THEN base.typname
                  WHEN bns.nspname = 'pg_catalog' THEN pg_catalog.format_type(base.oid, NULL)
                  ELSE base.typname END) AS data_type,
       CASE WHEN m.typmod = -1 THEN NULL
            WHEN m.typid IN (1042, 1043) THEN m.typmod - 4      -- bpchar, varchar
            WHEN m.typid IN (1560, 1562) THEN m.typmod END      -- bit, varbit
           AS character_length,
       CASE WHEN m.typid = 1700 AND m.typmod <> -1 THEN ((m.typmod - 4) >> 16) & 65535 END AS numeric_precision,
       CASE WHEN m.typid = 1700 AND m.typmod <> -1 THEN (m.typmod - 4) & 65535 END AS numeric_scale,
       false              AS is_unsigned,
       CAST(NULL AS text) AS charset_name,
       co.collname        AS collation_name,
       NOT (a.attnotnull OR (t.typtype = 'd' AND t.typnotnull)) AS is_nullable
FROM pg_catalog.pg_attribute a
JOIN pg_catalog.pg_class cl      ON cl.oid = a.attrelid
JOIN pg_catalog.pg_namespace ns  ON ns.oid = cl.relnamespace
JOIN pg_catalog.pg_type t        ON t.oid = a.atttypid
CROSS JOIN LATERAL (SELECT CASE WHEN t.typtype = 'd' THEN t.typbasetype ELSE a.atttypid END AS typid,
                           CASE WHEN t.typtype = 'd' THEN t.typtypmod ELSE a.atttypmod END AS typmod) m
JOIN pg_catalog.pg_type base     ON base.oid = m.typid
JOIN pg_catalog.pg_namespace bns ON bns.oid = base.typnamespace
LEFT JOIN (pg_catalog.pg_collation co JOIN pg_catalog.pg_namespace cns ON cns.oid = co.collnamespace)
       ON co.oid = a.attcollation AND (cns.nspname, co.collname) <> ('pg_catalog', 'default')
WHERE ns.nspname IN (:schemas)
  AND a.attnum > 0
  AND NOT a.attisdropped
  AND cl.relkind IN ('r', 'p')
  AND NOT cl.relispartition
