-- One fingerprint per tenant schema: what tables.sql, columns.sql, foreign-keys.sql and indexes.sql would return for
-- it, hashed from their raw catalog inputs, with a reference into the schema's own tables standing for "own" rather
-- than the schema's name. Tenants with the same fingerprint have the same rows but for that name, so the reader
-- reads one tenant of each fingerprint in full and copies its rows to the others (TenantFingerprints).
-- Every input of those queries is hashed: names, attnum, type and collation by oid (a type or collation is one
-- shared row, so equal oids give equal type facts), typmod, NOT NULL; each index's columns by attnum, expressions
-- by their node tree, its uniqueness, predicate and primary flag; each key's columns by attnum, its target table
-- (own or by schema name), actions and state. Partitions and their columns, indexes and keys are hashed too,
-- although the reads leave them out: a key may reference a partition, whose column names then come from there.
-- Hashing raw columns skips the joins to pg_type and pg_attribute and the formatting that make the reads cost;
-- a fingerprint hashes more than the rows show (oids, node trees), which can only part tenants that are alike.
-- Views are not in it: views.sql is read for every schema.
WITH rel AS (SELECT cl.oid, cl.relname, cl.relkind, cl.relispartition, ns.oid AS nsoid, ns.nspname
             FROM pg_catalog.pg_class cl
             JOIN pg_catalog.pg_namespace ns ON ns.oid = cl.relnamespace
             WHERE ns.nspname IN (:schemas)
               AND cl.relkind IN ('r', 'p')),
facts AS (
    SELECT r.nspname, hash_record_extended(ROW(1, r.relname, r.relkind, r.relispartition), 0) AS h
    FROM rel r
    UNION ALL
    SELECT r.nspname, hash_record_extended(ROW(2, r.relname, a.attname, a.attnum, a.atttypid, a.atttypmod,
                                               a.attnotnull, a.attcollation), 0)
    FROM rel r
    JOIN pg_catalog.pg_attribute a ON a.attrelid = r.oid
    WHERE a.attnum > 0
      AND NOT a.attisdropped
    UNION ALL
    SELECT r.nspname, hash_record_extended(ROW(3, r.relname, ic.relname, i.indkey, i.indnkeyatts, i.indisunique,
                                               i.indpred IS NULL, i.indisprimary,
                                               CAST(i.indexprs AS text)), 0)
    FROM rel r
    JOIN pg_catalog.pg_index i  ON i.indrelid = r.oid
    JOIN pg_catalog.pg_class ic ON ic.oid = i.indexrelid
    UNION ALL
    SELECT r.nspname, hash_record_extended(ROW(4, r.relname, con.conname, con.conkey, con.confkey,
                                               CASE WHEN tcl.relnamespace = r.nsoid THEN NULL ELSE tns.nspname END,
                                               tcl.relname, con.confdeltype, con.confupdtype, con.condeferrable,
                                               con.convalidated, con.conparentid = 0), 0)
    FROM rel r
    JOIN pg_catalog.pg_constraint con ON con.conrelid = r.oid
    JOIN pg_catalog.pg_class tcl      ON tcl.oid = con.confrelid
    JOIN pg_catalog.pg_namespace tns  ON tns.oid = tcl.relnamespace
    WHERE con.contype = 'f')
SELECT nspname AS table_schema,
       CAST(count(*) AS text) || ':' || CAST(sum(CAST(h AS numeric)) AS text) AS fingerprint
FROM facts
GROUP BY nspname
