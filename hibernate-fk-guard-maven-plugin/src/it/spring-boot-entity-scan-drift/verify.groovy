// The planted drift fails `mvn verify` with the finding on the entity Boot's entity scan finds in its sub package.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('hibernate-fk-guard [drift]: 1 finding comparing the mapping with H2 schema PUBLIC')
assert log.contains('ERROR [delete-rule-mismatch] purchase_order.customer_id → customer.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)')
def sarif = new File(basedir, 'target/fkguard/fkguard-report.sarif')
assert sarif.text.contains('"uri": "src/main/java/com/example/shop/domain/PurchaseOrder.java"')
return true
