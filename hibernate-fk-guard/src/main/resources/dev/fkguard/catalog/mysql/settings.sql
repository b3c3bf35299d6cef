-- Server settings read once per check, not per schema: whether foreign key enforcement is off for every new session,
-- and how table and database names are stored and compared (lower_case_table_names 0: as given, with case;
-- 1: in lower case; 2: as given, compared in lower case). Takes no parameter. Reading a global variable needs no
-- privilege.
SELECT @@GLOBAL.foreign_key_checks AS foreign_key_checks,
       @@lower_case_table_names    AS lower_case_table_names
