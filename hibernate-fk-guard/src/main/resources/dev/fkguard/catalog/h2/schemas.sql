-- Every schema of the database, to match hibernate.fkguard.schemas patterns (tenant_*) against. No parameter.
SELECT s.SCHEMA_NAME AS schema_name
FROM INFORMATION_SCHEMA.SCHEMATA s
