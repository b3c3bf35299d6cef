// engine mysql: the planted drift failed the first `mvn verify` with the findings; fkguard:migration wrote a Liquibase changelog for MySQL into changes/ (not run by the goal); the next
// build made a new embedded MySQL with Liquibase, the written changelog included, and the check passes.
def changes = new File(basedir, 'src/main/resources/db/changelog/changes')
def written = changes.listFiles().findAll { it.name ==~ /fkguard-changelog-[0-9]+\.yaml/ }
assert written.size() == 1 : "expected one changelog written by the goal, found ${changes.list()}"
def changelog = written[0].text
// The column is widened in place, keeping NOT NULL, before the key that needs like types is added.
assert changelog =~ /(?s)ALTER TABLE purchase_orders MODIFY COLUMN customer_id BIGINT NOT NULL;.*- addForeignKeyConstraint:.*baseColumnNames: "customer_id".*referencedTableName: "customers".*onDelete: "CASCADE"/
def log = new File(basedir, 'build.log').text
assert log =~ /hibernate-fk-guard: embedded MySQL \S+ on port \d+ \(.*\) ready in \d+ ms/
assert log.contains('ERROR [column-type-mismatch] purchase_orders.customer_id → customers.id')
assert log.contains('ERROR [missing-foreign-key] purchase_orders.customer_id → customers.id')
assert log =~ /hibernate-fk-guard: mapping and MySQL schema \S+ agree \(1 mapped foreign key checked\)/
assert log.contains('hibernate-fk-guard [drift]: 2 findings comparing the mapping with MySQL')
assert log.count('BUILD FAILURE') == 1 : 'only the first build fails'
assert log.trim().readLines().findAll { it.contains('BUILD ') }.last().contains('BUILD SUCCESS')
return true
