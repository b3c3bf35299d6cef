// An existing PostgreSQL database, checked read only (jdbcUrl, user, password): shop_reader, who may only read, gets
// the full check and the finding, and the schema is as it was; shop_blind, refused the database, is told the grant.
def server = context.get('server')
try {
    def log = new File(basedir, 'build.log').text
    def url = context.get('url')
    assert log.contains('hibernate-fk-guard: checking 2 mapped classes against ' + url)
    // The existing database is checked as it is: no migration run on it, no throwaway server started.
    assert !log.contains('Flyway applied')
    assert !log.contains('embedded PostgreSQL')
    assert log.contains('hibernate-fk-guard [drift]: 1 finding comparing the mapping with PostgreSQL schema shop')
    assert log.contains('ERROR [delete-rule-mismatch] purchase_orders.customer_id → customers.id: DB rule NO ACTION, mapping @OnDelete(CASCADE)')
    // The second build's user may log in but not connect to the database: the grant is named, no stack trace.
    assert log.contains('hibernate-fk-guard [database-unreachable]: could not connect to ' + url + ': FATAL: permission denied for database')
    assert log.contains('Fix: the login worked but the user may not use this database; grant it read access (GRANT CONNECT ON DATABASE "postgres" TO shop_blind)')
    assert log.count('BUILD FAILURE') == 2
    assert !log.contains('\tat ') : 'a stack trace in the build log'
    def connection = server.connectAsAdmin()
    try {
        assert context.get('snapshot')(connection) == context.get('before') : 'the check changed the schema'
    } finally {
        connection.close()
    }
} finally {
    server.close()
}
return true
