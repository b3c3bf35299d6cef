// fkguard:migration wrote V2 after the highest version (V1); it was not run by the goal; the next build ran it.
def written = new File(basedir, 'src/main/resources/db/migration/V2__fkguard.sql')
assert written.isFile() : 'the migration goal must write V2 into the project\'s migration folder'
assert written.text.contains('ON DELETE CASCADE')
def log = new File(basedir, 'build.log').text
assert log.contains('Flyway applied 2 migrations to the throwaway H2 database')
assert log.contains('hibernate-fk-guard: mapping and H2 schema PUBLIC agree (1 mapped foreign key checked)')
assert log.contains('BUILD SUCCESS')
return true
