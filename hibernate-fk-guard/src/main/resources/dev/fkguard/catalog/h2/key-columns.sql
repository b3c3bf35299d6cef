-- The columns of every key constraint of the schemas read: foreign keys and the unique keys they reference. A foreign
-- key column pairs with the referenced column whose ORDINAL_POSITION is its POSITION_IN_UNIQUE_CONSTRAINT.
SELECT kcu.CONSTRAINT_SCHEMA             AS constraint_schema,
       kcu.CONSTRAINT_NAME               AS constraint_name,
       kcu.TABLE_SCHEMA                  AS table_schema,
       kcu.TABLE_NAME                    AS table_name,
       kcu.COLUMN_NAME                   AS column_name,
       kcu.ORDINAL_POSITION              AS ordinal_position,
       kcu.POSITION_IN_UNIQUE_CONSTRAINT AS position_in_unique_constraint
FROM INFORMATION_SCHEMA.KEY_COLUMN_USAGE kcu
WHERE kcu.CONSTRAINT_SCHEMA IN (:schemas)
