-- Every database the user sees, to match hibernate.fkguard.schemas patterns (tenant_*) against. No parameter.
SELECT s.SCHEMA_NAME AS schema_name
FROM information_schema.SCHEMATA s
