// The planted drift fails the first `mvn verify` with the finding on the entity Boot's entity scan finds in its sub package,
// on the tables the application's own naming strategy and schema (application.yml) give it.
def log = new File(basedir, 'build.log').text
assert log.contains('hibernate-fk-guard: a Spring Boot application: naming tables and columns as Boot\'s JPA auto-configuration does (physical ShopTableNaming, implicit SpringImplicitNamingStrategy; read application.yml)')
assert log.contains('BUILD FAILURE')
// The guard's schemas setting under spring.jpa.properties is taken as at startup, and said so.
assert log.contains('hibernate-fk-guard: using the application\'s own settings spring.jpa.properties.hibernate.fkguard.schemas (application.yml) = shop.')
assert log.contains('hibernate-fk-guard [drift]: 1 finding comparing the mapping with H2 schema SHOP (1 error')
assert log.contains('ERROR [delete-rule-mismatch] shop.shop_purchase_order.customer_id → shop.shop_customer.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)')
// The fix names the schema spring.jpa.properties gave Hibernate.
assert log.contains('ALTER TABLE shop.shop_purchase_order ADD CONSTRAINT FK_PURCHASE_ORDER_CUSTOMER FOREIGN KEY (customer_id) REFERENCES shop.shop_customer (id) ON DELETE CASCADE;')
// fkguard:migration wrote V2 into the migration folder. One table, one spelling in it: the DROP of the catalog's key
// names the table as the ADD does (the mapping's shop.shop_purchase_order), never as H2 stores it
// (SHOP.SHOP_PURCHASE_ORDER).
def written = new File(basedir, 'src/main/resources/db/migration/V2__fkguard.sql')
assert written.isFile() : 'the migration goal must write V2 into the project\'s migration folder'
def migration = written.text
assert migration.contains('ALTER TABLE shop.shop_purchase_order DROP CONSTRAINT FK_PURCHASE_ORDER_CUSTOMER;'), migration
def spellings = (migration =~ /(?i)(?<![\w])(?:\w+\.)?shop_purchase_order(?![\w])/).collect { it } as Set
assert spellings == ['shop.shop_purchase_order'] as Set, migration
// The next build applied it and passes.
assert log.contains('hibernate-fk-guard: Flyway applied 2 migrations to the throwaway H2 database')
assert log.contains('hibernate-fk-guard: mapping and H2 schema SHOP agree (1 mapped foreign key checked)')
assert log.count('BUILD FAILURE') == 1 : 'only the first build fails'
assert log.trim().readLines().findAll { it.contains('BUILD ') }.last().contains('BUILD SUCCESS')
def sarif = new File(basedir, 'target/fkguard/fkguard-report.sarif')
assert sarif.text.contains('"uri": "src/main/java/com/example/shop/domain/PurchaseOrder.java"')
return true
