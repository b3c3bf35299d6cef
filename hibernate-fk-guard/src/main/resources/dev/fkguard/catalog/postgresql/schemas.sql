-- Every schema of the database, to match hibernate.fkguard.schemas patterns (tenant_*) against. No parameter.
-- Schemas the user may not use are listed too: reading their catalog works, as for a schema named outright.
SELECT ns.nspname AS schema_name
FROM pg_catalog.pg_namespace ns
