// The failing migration is named with its file and statement, and the message ends with what to do.
def log = new File(basedir, 'build.log').text
assert log.contains('BUILD FAILURE')
assert log.contains('hibernate-fk-guard-maven-plugin: a Flyway migration in')
assert log.contains('V2__broken.sql')
assert log.contains('ALTER TABLE purchase_orders ADD CONSTRAINT fk_orders_shop FOREIGN KEY (shop_id) REFERENCES shops (id)')
assert log.contains('Fix: correct the migration and statement named above.')
return true
