package dev.fkguard.mapping;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.fkguard.FkGuardException;
import dev.fkguard.mapping.suppressed.Breeder;
import dev.fkguard.mapping.suppressed.Owner;
import dev.fkguard.mapping.suppressed.Pet;
import dev.fkguard.mapping.suppressed.Unexplained;
import dev.fkguard.model.MappingModel;
import dev.fkguard.model.Suppression;

class SuppressionReaderTest {

    private static List<String> lines(MappingModel model) {
        return model.suppressions().stream().map(SuppressionReaderTest::line).sorted().toList();
    }

    private static String line(Suppression s) {
        return s.source() + " " + s.table().name().toLowerCase() + "(" + String.join(",", s.columns()).toLowerCase()
                + ") " + s.rules() + " " + s.reason();
    }

    @Test
    void readsEntityAndAttributeSuppressions() {
        MappingModel model = Mappings.read(Mappings.H2, Owner.class, Breeder.class, Pet.class);
        assertEquals(List.of(
                "Animal.vet pets(vet_id) [missing-foreign-key] vets live in the partner database",
                "Breeder breeder_awards() [missing-foreign-key, unexpected-foreign-key] legacy schema, see ticket 42",
                "Breeder breeder_licenses() [missing-foreign-key, unexpected-foreign-key] legacy schema, see ticket 42",
                "Breeder breeders() [missing-foreign-key, unexpected-foreign-key] legacy schema, see ticket 42",
                "Owner.pets pets(owner_id) [delete-rule-mismatch] pets are archived by a nightly job"),
                lines(model));
    }

    @Test
    void anAnnotationInAnEmbeddableCoversItsKeyWhereverItIsEmbedded() {
        MappingModel model = Mappings.read(Mappings.H2, dev.fkguard.mapping.suppressedembedded.Shop.class,
                dev.fkguard.mapping.suppressedembedded.Country.class);
        String rest = " [missing-foreign-key] countries live in the reference service";
        assertEquals(List.of(
                "Address.country shop_branches(country_id)" + rest,
                "Address.country shops(billing_country_id)" + rest,
                "Address.country shops(country_id)" + rest),
                lines(model));
    }

    /** An embeddable in a secondary table: {@code getProperties()} holds it, the join need not be walked again. */
    @Test
    void anAnnotationInAnEmbeddableInASecondaryTableCoversItsKeyOnce() {
        MappingModel model = Mappings.read(Mappings.H2, dev.fkguard.mapping.suppressedembedded.Depot.class,
                dev.fkguard.mapping.suppressedembedded.Country.class);
        assertEquals(List.of(
                "Address.country depot_sites(country_id) [missing-foreign-key] countries live in the reference service"),
                lines(model));
    }

    @Test
    void anAnnotationInANestedEmbeddableIsFoundToo() {
        MappingModel model = Mappings.read(Mappings.H2, dev.fkguard.mapping.suppressedembedded.Warehouse.class,
                dev.fkguard.mapping.suppressedembedded.Country.class);
        assertEquals(List.of("Geo.zone warehouses(zone_country_id) [missing-foreign-key] zones are maintained by hand"),
                lines(model));
    }

    @Test
    void anAnnotationOnAnUnmappedEmbeddableMemberIsAnError() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> Mappings.read(Mappings.H2,
                dev.fkguard.mapping.suppressedembedded.Ticket.class));
        assertTrue(e.getMessage().startsWith("hibernate-fk-guard [invalid-suppression]: @FkGuardSuppress on Note.draft: 'draft' is not a mapped attribute of"
                + " embeddable Note"), e.getMessage());
    }

    @Test
    void entityWithoutAnnotationsHasNone() {
        MappingModel model = Mappings.read(Mappings.POSTGRESQL, dev.fkguard.mapping.inheritance.Payment.class);
        assertEquals(List.of(), model.suppressions());
    }

    @Test
    void aBlankReasonStopsTheCheckNamingTheElement() {
        FkGuardException e = assertThrows(FkGuardException.class, () -> Mappings.read(Mappings.H2, Unexplained.class));
        assertTrue(e.getMessage().startsWith("hibernate-fk-guard [invalid-suppression]: @FkGuardSuppress on Unexplained has no reason."), e.getMessage());
    }
}
