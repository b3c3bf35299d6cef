-- Foreign keys of one schema, one row per column pair in key order. H2 pairs a referencing column with the
-- referenced one through KEY_COLUMN_USAGE.POSITION_IN_UNIQUE_CONSTRAINT = the unique key's ORDINAL_POSITION.
SELECT fk.TABLE_SCHEMA     AS table_schema,
       fk.TABLE_NAME       AS table_name,
       fk.CONSTRAINT_NAME  AS constraint_name,
       fk.ORDINAL_POSITION AS ordinal_position,
       fk.COLUMN_NAME      AS column_name,
       uk.TABLE_SCHEMA     AS target_schema,
       uk.TABLE_NAME       AS target_table,
       uk.COLUMN_NAME      AS target_column,
       rc.DELETE_RULE      AS delete_rule,
       rc.UPDATE_RULE      AS update_rule,
       (tc.IS_DEFERRABLE = 'YES') AS is_deferrable,
       (tc.ENFORCED = 'YES')      AS is_enforced,
       TRUE                       AS is_validated
FROM INFORMATION_SCHEMA.REFERENTIAL_CONSTRAINTS rc
JOIN INFORMATION_SCHEMA.TABLE_CONSTRAINTS tc
  ON tc.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND tc.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE fk
  ON fk.CONSTRAINT_SCHEMA = rc.CONSTRAINT_SCHEMA AND fk.CONSTRAINT_NAME = rc.CONSTRAINT_NAME
JOIN INFORMATION_SCHEMA.KEY_COLUMN_USAGE uk
  ON uk.CONSTRAINT_SCHEMA = rc.UNIQUE_CONSTRAINT_SCHEMA AND uk.CONSTRAINT_NAME = rc.UNIQUE_CONSTRAINT_NAME
 AND uk.ORDINAL_POSITION = fk.POSITION_IN_UNIQUE_CONSTRAINT
WHERE rc.CONSTRAINT_SCHEMA = ?
ORDER BY fk.TABLE_NAME, fk.CONSTRAINT_NAME, fk.ORDINAL_POSITION
