// engine postgresql: an embedded PostgreSQL is started for the check, the planted drift fails `mvn verify` with the
// finding as PostgreSQL reports it, and the server is stopped again; fkguard:migration writes V2 for PostgreSQL,
// which the next build applies with Flyway, and that build passes.
def log = new File(basedir, 'build.log').text
// The check's libraries (the MariaDB driver, the embedded server) bind SLF4J to its no-op, not to a warning.
assert !log.contains('SLF4J') : 'an SLF4J warning in the build log'
assert log =~ /hibernate-fk-guard: embedded PostgreSQL \S+ on port \d+ ready in \d+ ms/
assert log.contains('hibernate-fk-guard: Flyway applied 1 migrations to the throwaway PostgreSQL database')
assert log.contains('hibernate-fk-guard [drift]: 1 finding comparing the mapping with PostgreSQL')
assert log.contains('ERROR [delete-rule-mismatch] purchase_orders.customer_id → customers.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)')
assert log =~ /hibernate-fk-guard: stopped embedded PostgreSQL \S+ on port \d+/
assert log.count('BUILD FAILURE') == 1 : 'only the first build fails'
// The migration, in PostgreSQL's safe form (added NOT VALID, then validated), after the highest version.
def written = new File(basedir, 'src/main/resources/db/migration/V2__fkguard.sql')
assert written.isFile() : 'the migration goal must write V2 into the project\'s migration folder'
assert written.text =~ /(?s)ON DELETE CASCADE NOT VALID;.*VALIDATE CONSTRAINT/
assert log.contains('hibernate-fk-guard: Flyway applied 2 migrations to the throwaway PostgreSQL database')
assert log =~ /hibernate-fk-guard: mapping and PostgreSQL schema \S+ agree \(1 mapped foreign key checked\)/
assert log.trim().readLines().findAll { it.contains('BUILD ') }.last().contains('BUILD SUCCESS')
return true
