-- Foreign keys of the schemas read, one row per column pair in key order (conkey/confkey are parallel arrays).
-- Clones on partitions (conparentid <> 0) are left out; the constraint on the partitioned parent stands for them.
-- PostgreSQL 18+: pg_constraint.conenforced is false for NOT ENFORCED constraints.
-- No ORDER BY: SchemaAssembler orders rows itself; on a thousand schemas the sort spilled to disk.
-- The shape keeps the plan linear when the catalog's statistics are stale, as they are right after a migration
-- created the tables (CI, a first deploy, new tenants): the schemas' tables drive, each table's keys are looked up
-- by its oid (OFFSET 0 keeps that lookup per table) and every name by oid. Joined as plain tables, the planner
-- took pg_constraint for one row and scanned pg_namespace once per key: 3.7-4.3 s instead of 0.35-0.41 s at
-- 1,000 schemas of 21 tables, 99-185 ms instead of 21 ms for one of them (docs/performance.md,
-- "Schema-per-tenant", Round 3).
WITH rel AS (SELECT cl.oid, cl.relname, ns.nspname
             FROM pg_catalog.pg_namespace ns
             JOIN pg_catalog.pg_class cl ON cl.relnamespace = ns.oid
             WHERE ns.nspname IN (:schemas)
               AND cl.relkind IN ('r', 'p')
               AND NOT cl.relispartition)
SELECT r.nspname   AS table_schema,
       r.relname   AS table_name,
       con.conname AS constraint_name,
       k.position  AS ordinal_position,
       (SELECT a.attname FROM pg_catalog.pg_attribute a
        WHERE a.attrelid = con.conrelid AND a.attnum = k.attnum) AS column_name,
       (SELECT tns.nspname FROM pg_catalog.pg_namespace tns WHERE tns.oid = tcl.relnamespace) AS target_schema,
       tcl.relname AS target_table,
       (SELECT ta.attname FROM pg_catalog.pg_attribute ta
        WHERE ta.attrelid = con.confrelid AND ta.attnum = k.target_attnum) AS target_column,
       CASE con.confdeltype
           WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
           WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS delete_rule,
       CASE con.confupdtype
           WHEN 'a' THEN 'NO ACTION' WHEN 'r' THEN 'RESTRICT' WHEN 'c' THEN 'CASCADE'
           WHEN 'n' THEN 'SET NULL' WHEN 'd' THEN 'SET DEFAULT' END AS update_rule,
       con.condeferrable AS is_deferrable,
       con.conenforced AS is_enforced,
       con.convalidated  AS is_validated
FROM rel r
CROSS JOIN LATERAL (SELECT c.conname, c.conrelid, c.confrelid, c.conkey, c.confkey, c.confdeltype, c.confupdtype,
                           c.conenforced, c.condeferrable, c.convalidated
                    FROM pg_catalog.pg_constraint c
                    WHERE c.conrelid = r.oid
                      AND c.contype = 'f'
                      AND c.conparentid = 0
                    OFFSET 0) con
JOIN pg_catalog.pg_class tcl ON tcl.oid = con.confrelid
CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(attnum, target_attnum, position)
