// The mapping and the migrations agree: the build passed, said so, and wrote every report.
def log = new File(basedir, 'build.log').text
assert log.contains('hibernate-fk-guard: reading the mapping with the project\'s Hibernate ORM 6.6')
assert log.contains('Flyway applied 1 migrations to the throwaway H2 database')
assert log.contains('checking 2 mapped classes against a throwaway H2 database')
assert log.contains('hibernate-fk-guard: mapping and H2 schema PUBLIC agree (1 mapped foreign key checked)')
assert log =~ /hibernate-fk-guard checked in \d+ ms: mapping \d+ ms, catalog \d+ ms, rules \d+ ms\./
assert log.contains('BUILD SUCCESS')
// The check's libraries (the MariaDB driver, the embedded server) bind SLF4J to its no-op, not to a warning.
assert !log.contains('SLF4J') : 'an SLF4J warning in the build log'
['txt', 'json', 'sarif', 'md'].each { ext ->
    def report = new File(basedir, "target/fkguard/fkguard-report.${ext}")
    assert report.isFile() : "missing ${report}"
}
assert !new File(basedir, 'target/fkguard/fkguard-migration.sql').exists() : 'a clean check writes no migration'
return true
