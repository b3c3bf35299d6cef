// engine postgresql: an embedded PostgreSQL is started for the check, the planted drift fails `mvn verify` with the
// finding as PostgreSQL reports it, and the server is stopped again.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
// The check's libraries (the MariaDB driver, the embedded server) bind SLF4J to its no-op, not to a warning.
assert !log.contains('SLF4J') : 'an SLF4J warning in the build log'
assert log =~ /hibernate-fk-guard: embedded PostgreSQL \S+ on port \d+ ready in \d+ ms/
assert log.contains('hibernate-fk-guard: Flyway applied 1 migrations to the throwaway PostgreSQL database')
assert log.contains('hibernate-fk-guard [drift]: 1 finding comparing the mapping with PostgreSQL')
assert log.contains('ERROR [delete-rule-mismatch] purchase_orders.customer_id → customers.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)')
assert log.contains('ON DELETE CASCADE')
assert log =~ /hibernate-fk-guard: stopped embedded PostgreSQL \S+ on port \d+/
assert new File(basedir, 'target/fkguard/fkguard-migration.sql').text.contains('ON DELETE CASCADE')
return true
