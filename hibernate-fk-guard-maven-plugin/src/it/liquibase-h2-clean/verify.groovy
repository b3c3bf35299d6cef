// Liquibase made the database, the project's Hibernate 7 read the mapping (the plugin brings none), and they agree.
def log = new File(basedir, 'build.log').text
assert log.contains('hibernate-fk-guard: reading the mapping with the project\'s Hibernate ORM 7.')
assert log.contains('Liquibase ran db/changelog/db.changelog-master.yaml on the throwaway H2 database')
assert log.contains('hibernate-fk-guard: mapping and H2 schema PUBLIC agree (1 mapped foreign key checked)')
assert log.contains('BUILD SUCCESS')
assert new File(basedir, 'target/fkguard/fkguard-report.json').isFile()
return true
