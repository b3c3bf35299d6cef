// The existing database: an embedded PostgreSQL (the harness's, on the plugin's test class path), its schema shop
// made by Flyway from the shop's own migrations as its operators did, and two roles: shop_reader may only read
// (CONNECT, USAGE, SELECT; not even TEMP, which PUBLIC has by default), shop_blind may log in but not connect to the
// database. The build reads url, user and password from .mvn/maven.config; verify.groovy stops the server.
import dev.fkguard.testing.DatabaseServers
import dev.fkguard.testing.Engine
import dev.fkguard.testing.DriverDataSource
import org.flywaydb.core.Flyway

// The schema as PostgreSQL writes it: tables, columns, constraints, indexes, and each table's row count.
def snapshot = { java.sql.Connection connection ->
    def lines = []
    ["SELECT c.relname || ' ' || c.relkind::text FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'shop' ORDER BY 1",
     "SELECT table_name || '.' || column_name || ' ' || data_type || ' ' || is_nullable FROM information_schema.columns WHERE table_schema = 'shop' ORDER BY 1",
     "SELECT conname || ' ' || pg_get_constraintdef(c.oid) FROM pg_constraint c JOIN pg_namespace n ON n.oid = c.connamespace WHERE n.nspname = 'shop' ORDER BY 1",
     "SELECT indexdef FROM pg_indexes WHERE schemaname = 'shop' ORDER BY 1",
     "SELECT 'customers ' || COUNT(*) FROM shop.customers",
     "SELECT 'purchase_orders ' || COUNT(*) FROM shop.purchase_orders"].each { sql ->
        def rs = connection.createStatement().executeQuery(sql)
        while (rs.next()) {
            lines << rs.getString(1)
        }
    }
    lines
}
context.put('snapshot', snapshot)

def server = DatabaseServers.start(Engine.POSTGRESQL)
context.put('server', server)
def url = server.jdbcUrl('shop')
server.createSchema('shop')
Flyway.configure().dataSource(url, server.adminUser(), server.adminPassword()).schemas('shop')
        .locations('filesystem:' + new File(basedir, 'src/main/resources/db/migration').absolutePath)
        .load().migrate()
def connection = server.connectAsAdmin()
try {
    def statement = connection.createStatement()
    def database = statement.executeQuery('SELECT current_database()').with { it.next(); it.getString(1) }
    ["CREATE ROLE shop_reader LOGIN PASSWORD 'reader-secret'",
     "CREATE ROLE shop_blind LOGIN PASSWORD 'blind-secret'",
     "REVOKE ALL ON DATABASE ${database} FROM PUBLIC",
     'REVOKE CREATE ON SCHEMA public FROM PUBLIC',
     "GRANT CONNECT ON DATABASE ${database} TO shop_reader",
     'GRANT USAGE ON SCHEMA shop TO shop_reader',
     'GRANT SELECT ON ALL TABLES IN SCHEMA shop TO shop_reader'].each { statement.execute(it.toString()) }
    context.put('before', snapshot(connection))
} finally {
    connection.close()
}
// The premise: any write the check attempted as shop_reader would fail.
def reader = new DriverDataSource(url, 'shop_reader', 'reader-secret').getConnection()
try {
    ['CREATE TABLE shop.probe (id INT)', 'ALTER TABLE shop.purchase_orders ADD COLUMN probe INT',
     'DELETE FROM shop.customers'].each { write ->
        try {
            reader.createStatement().execute(write)
            throw new AssertionError('shop_reader may write: ' + write)
        } catch (java.sql.SQLException expected) {
            // refused, as it must be
        }
    }
} finally {
    reader.close()
}
def config = new File(basedir, '.mvn/maven.config')
config.parentFile.mkdirs()
config.text = "-Dshop.db.url=${url}\n-Dshop.db.user=shop_reader\n-Dshop.db.password=reader-secret\n"
context.put('url', url)
return true
