// fkguard:migration wrote a Liquibase changelog into changes/ (not run by the goal); the next build ran it and passes.
def changes = new File(basedir, 'src/main/resources/db/changelog/changes')
def written = changes.listFiles().findAll { it.name ==~ /fkguard-changelog-[0-9]+\.yaml/ }
assert written.size() == 1 : "expected one changelog written by the goal, found ${changes.list()}"
assert written[0].text.contains('CASCADE')
def log = new File(basedir, 'build.log').text
assert log.contains('[WARNING] hibernate-fk-guard: 1 finding comparing the mapping with H2 schema PUBLIC')
assert log.contains('hibernate-fk-guard: mapping and H2 schema PUBLIC agree (1 mapped foreign key checked)')
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')
return true
