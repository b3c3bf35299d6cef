// A Spring Boot 4 shop, one module of a build run from its top: the planted drift fails `mvn verify` with the
// finding, read with Boot 4's Hibernate (7.x) and named as Boot 4 names by default.
def log = new File(basedir, 'build.log').text
assert log.contains('hibernate-fk-guard: reading the mapping with the project\'s Hibernate ORM 7.')
assert log.contains('hibernate-fk-guard: a Spring Boot application: naming tables and columns as Boot\'s JPA auto-configuration does (physical CamelCaseToUnderscoresNamingStrategy, implicit SpringImplicitNamingStrategy; read application.properties)')
assert log.contains('BUILD FAILURE')
assert log.contains('hibernate-fk-guard [drift]: 1 finding comparing the mapping with H2 schema PUBLIC (1 error')
assert log.contains('ERROR [delete-rule-mismatch] purchase_order.customer_id → customer.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)')
assert log.contains('ALTER TABLE purchase_order ADD CONSTRAINT FK_PURCHASE_ORDER_CUSTOMER FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE;')
// The baseline application.properties names relative to the shop is the shop's, though Maven runs from the top: read
// there (it exists, so no invalid-baseline failure), not in the top directory (where there is none).
def shop = new File(basedir, 'shop').canonicalFile
assert log.contains('hibernate-fk-guard: using the application\'s own settings spring.jpa.properties.hibernate.fkguard.baseline (application.properties) = ' + new File(shop, 'config/fkguard-baseline.txt').path + '.')
assert !log.contains('[invalid-baseline]')
assert !new File(basedir, 'config').exists()
// The SARIF names the shop's files relative to the repository root (here the top of the build), as code scanning needs.
def sarif = new File(shop, 'target/fkguard/fkguard-report.sarif')
assert sarif.text.contains('"uri": "shop/src/main/java/com/example/shop/domain/PurchaseOrder.java"')
return true
