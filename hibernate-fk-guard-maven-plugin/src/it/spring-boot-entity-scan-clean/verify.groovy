// A Spring Boot project: the entities in its sub package were found without persistence.xml, named as Spring names
// them, and agree with the migrations.
def log = new File(basedir, 'build.log').text
// Nothing told the plugin: it saw Boot's JPA auto-configuration and named as Boot does by default.
assert log.contains('hibernate-fk-guard: a Spring Boot application: naming tables and columns as Boot\'s JPA auto-configuration does (physical CamelCaseToUnderscoresNamingStrategy, implicit SpringImplicitNamingStrategy; no application.properties or .yml)')
assert log.contains('Flyway applied 1 migrations to the throwaway H2 database')
assert log.contains('checking 2 mapped classes against a throwaway H2 database')
assert log.contains('hibernate-fk-guard: mapping and H2 schema PUBLIC agree (1 mapped foreign key checked)')
assert log.contains('BUILD SUCCESS')
// Its Logback and slf4j-api stay quiet: the check binds SLF4J to its no-op.
assert !log.contains('SLF4J') : 'an SLF4J line in the build log'
return true
