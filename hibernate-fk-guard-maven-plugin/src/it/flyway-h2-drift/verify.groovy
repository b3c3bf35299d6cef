// The planted drift fails `mvn verify` with the startup check's message, the migration preview and the build hint;
// the next build, with the rule made a warning by -Dfkguard.rules.delete-rule-mismatch=warning, passes.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('hibernate-fk-guard [drift]: 1 finding comparing the mapping with H2 schema PUBLIC')
assert log.contains('ERROR [delete-rule-mismatch] purchase_orders.customer_id → customers.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)')
assert log.contains('Migration (2 statements, review before running):')
assert log.contains('ON DELETE CASCADE')
assert log.contains('The full migration (sql) was written to')
// The advice names the plugin's spelling of the settings, never the startup check's Hibernate properties.
assert log.contains('to pass the build anyway set -Dfkguard.mode=warn, or adjust one rule with -Dfkguard.rules.<rule-id>=warning|info|off')
assert log.contains('In the build: the settings named above also go under <settings>')
assert !log.contains('hibernate.fkguard.') : "the startup spelling leaked into the build's message"
def sarif = new File(basedir, 'target/fkguard/fkguard-report.sarif')
assert sarif.isFile() && sarif.text.contains('delete-rule-mismatch')
// Relative to the root of the build (here the project itself), with the line of PurchaseOrder.customer.
assert sarif.text.contains('"uri": "src/main/java/com/example/shop/PurchaseOrder.java"')
assert sarif.text.contains('"startLine": 22')
assert new File(basedir, 'target/fkguard/fkguard-migration.sql').text.contains('ON DELETE CASCADE')
// Every report format in target/fkguard, each with the finding.
['txt', 'json', 'sarif', 'md'].each { format ->
    def report = new File(basedir, "target/fkguard/fkguard-report.${format}")
    assert report.isFile() && report.text.contains('delete-rule-mismatch') : "no finding in ${report}"
}
// -Dfkguard.rules.<rule-id>=warning, a startup setting as a user property: the finding is a warning, the build passes.
assert log.contains('[WARNING] hibernate-fk-guard: 1 finding comparing the mapping with H2 schema PUBLIC (0 error, 1 warning')
assert log.contains('WARNING [delete-rule-mismatch] purchase_orders.customer_id → customers.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)')
assert log.count('BUILD FAILURE') == 1 : 'only the first build fails'
assert log.trim().readLines().findAll { it.contains('BUILD ') }.last().contains('BUILD SUCCESS')
assert new File(basedir, 'target/fkguard-warn/fkguard-report.txt').text.contains('WARNING [delete-rule-mismatch]')
return true
