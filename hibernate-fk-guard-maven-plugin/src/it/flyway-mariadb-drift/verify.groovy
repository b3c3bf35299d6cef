// engine mariadb: an embedded MariaDB is started for the check, the Flyway migrations run on it, the planted drift
// fails `mvn verify` with the finding as MariaDB reports it, and the server is stopped again.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert !log.contains('SLF4J') : 'an SLF4J warning in the build log'
assert log.contains('hibernate-fk-guard: Flyway applied 1 migrations to the throwaway MariaDB database')
assert log.contains('hibernate-fk-guard [drift]: 1 finding comparing the mapping with MariaDB')
assert log =~ /hibernate-fk-guard: embedded MariaDB \S+ on port \d+ ready in \d+ ms/
// MariaDB reports a key without ON DELETE as RESTRICT.
assert log.contains('ERROR [delete-rule-mismatch] purchase_orders.customer_id → customers.id: DB rule RESTRICT, mapping @OnDelete(CASCADE)')
assert log =~ /hibernate-fk-guard: stopped embedded MariaDB \S+ on port \d+/
assert new File(basedir, 'target/fkguard/fkguard-migration.sql').text.contains('ON DELETE CASCADE')
return true
