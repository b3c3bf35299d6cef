-- Server settings that switch foreign key enforcement off for every new session. Takes no parameter and runs once
-- per check, not per schema. Reading a global variable needs no privilege.
SELECT @@GLOBAL.foreign_key_checks AS foreign_key_checks
