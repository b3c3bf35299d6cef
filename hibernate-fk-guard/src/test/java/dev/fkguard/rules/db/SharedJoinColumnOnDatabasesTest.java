package dev.fkguard.rules.db;

import dev.fkguard.report.Report;
import dev.fkguard.support.GuardRun;
import dev.fkguard.testing.AllDatabases;
import dev.fkguard.testing.TestDatabase;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A join column mapped by a writable to-one and by read-only duplicates to other tables: the writable association
 * states the key; a read-only duplicate states none of its own, and only explains a database key to its table.
 */
class SharedJoinColumnOnDatabasesTest {

    private static final String PERSONS = "CREATE TABLE persons (id BIGINT NOT NULL PRIMARY KEY)";
    private static final String COMPANIES = "CREATE TABLE companies (id BIGINT NOT NULL PRIMARY KEY)";
    private static final String OTHERS = "CREATE TABLE others (id BIGINT NOT NULL PRIMARY KEY)";
    private static final String OWNER_INDEX = "CREATE INDEX idx_pets_owner ON pets (owner_id)";

    private static final Class<?>[] PET = {SharedJoinColumnEntities.Person.class,
            SharedJoinColumnEntities.Company.class, SharedJoinColumnEntities.Pet.class};

    private static String pets(String... constraints) {
        StringBuilder sql = new StringBuilder("CREATE TABLE pets (id BIGINT NOT NULL PRIMARY KEY, owner_id BIGINT NULL");
        for (String constraint : constraints) {
            sql.append(", ").append(constraint);
        }
        return sql.append(")").toString();
    }

    private static String keyTo(String name, String table) {
        return "CONSTRAINT " + name + " FOREIGN KEY (owner_id) REFERENCES " + table + " (id)";
    }

    @AllDatabases
    void theWritableAssociationsKeyIsAllTheMappingAsksFor(TestDatabase db) {
        db.execute(PERSONS, COMPANIES, pets(keyTo("fk_pets_owner", "persons")), OWNER_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, PET)));
    }

    @AllDatabases
    void aKeyToTheReadOnlyDuplicatesTableBesideItIsExplained(TestDatabase db) {
        db.execute(PERSONS, COMPANIES, pets(keyTo("fk_pets_owner", "persons"), keyTo("fk_pets_company", "companies")),
                OWNER_INDEX);
        Report report = GuardRun.check(db, PET);
        assertEquals(List.of(), GuardRun.lines(report));
        // The reports' graph names the duplicate as the mapping behind the key to its table.
        List<String> companyKeySources = report.graph().edges().stream()
                .filter(edge -> edge.target().name().equalsIgnoreCase("companies"))
                .map(edge -> edge.source().map(s -> s.entity() + "." + s.attribute().orElse("")).orElse("none"))
                .toList();
        assertEquals(1, companyKeySources.size(), companyKeySources::toString);
        assertTrue(companyKeySources.get(0).endsWith("Pet.company"), companyKeySources::toString);
    }

    @AllDatabases
    void aKeyToAnotherTableIsCaughtOnTheWritableAssociation(TestDatabase db) {
        db.execute(PERSONS, COMPANIES, OTHERS, pets(keyTo("fk_pets_other", "others")), OWNER_INDEX);
        List<String> lines = GuardRun.lines(GuardRun.check(db, PET));
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR [foreign-key-target-mismatch] pets.owner_id → persons.id: database"
                + " constraint fk_pets_other references others.id, but mapping pet.owner references persons.id"),
                lines.get(0));
    }

    /** What Hibernate's own schema export creates here: the key of the read-only attribute it binds first. */
    @AllDatabases
    void onlyAKeyToTheReadOnlyDuplicatesTableIsCaughtOnTheWritableAssociation(TestDatabase db) {
        db.execute(PERSONS, COMPANIES, pets(keyTo("fk_pets_company", "companies")), OWNER_INDEX);
        List<String> lines = GuardRun.lines(GuardRun.check(db, PET));
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR [foreign-key-target-mismatch] pets.owner_id → persons.id: database"
                + " constraint fk_pets_company references companies.id, but mapping pet.owner references persons.id"),
                lines.get(0));
    }

    @AllDatabases
    void withoutAnyKeyOnlyTheWritableAssociationsKeyIsMissing(TestDatabase db) {
        db.execute(PERSONS, COMPANIES, pets(), OWNER_INDEX);
        List<String> lines = GuardRun.lines(GuardRun.check(db, PET));
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR [missing-foreign-key] pets.owner_id → persons.id: mapping pet.owner"),
                lines.get(0));
    }

    @AllDatabases
    void twoReadOnlyDuplicatesToOneTableAreOneDuplicate(TestDatabase db) {
        db.execute(PERSONS, COMPANIES, pets(keyTo("fk_pets_owner", "persons"), keyTo("fk_pets_company", "companies")),
                OWNER_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, SharedJoinColumnEntities.Person.class,
                SharedJoinColumnEntities.Company.class, SharedJoinColumnEntities.TwiceReadPet.class)));
    }

    @AllDatabases
    void twoReadOnlyToOnesToOneTableOverAValueShareOneKey(TestDatabase db) {
        Class<?>[] valuePet = {SharedJoinColumnEntities.Person.class, SharedJoinColumnEntities.ValuePet.class};
        db.execute(PERSONS, pets(), OWNER_INDEX);
        List<String> lines = GuardRun.lines(GuardRun.check(db, valuePet));
        assertEquals(1, lines.size(), lines::toString);
        assertTrue(lines.get(0).startsWith("ERROR [missing-foreign-key] pets.owner_id → persons.id"), lines.get(0));
    }

    /** Hibernate would export the key of {@code company}, bound first; the key to persons is no less the mapping's. */
    @AllDatabases
    void readOnlyToOnesToTwoTablesOverAValueAskForNoKey(TestDatabase db) {
        Class<?>[] ambiguous = {SharedJoinColumnEntities.Person.class, SharedJoinColumnEntities.Company.class,
                SharedJoinColumnEntities.AmbiguousPet.class};
        db.execute(PERSONS, COMPANIES, pets(keyTo("fk_pets_owner", "persons")), OWNER_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, ambiguous)));
        db.execute("DROP TABLE pets", pets(), OWNER_INDEX);
        assertEquals(List.of(), GuardRun.lines(GuardRun.check(db, ambiguous)));
    }
}
