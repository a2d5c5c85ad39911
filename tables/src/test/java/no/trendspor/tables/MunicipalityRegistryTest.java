package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import no.trendspor.ingest.InputException;
import org.junit.jupiter.api.Test;

class MunicipalityRegistryTest {

    private final MunicipalityRegistry registry = MunicipalityRegistry.bundled();

    @Test
    void baerumJoinsAcrossBothReforms() {
        for (String code : List.of("0219", "3024", "3201")) {
            CanonicalMunicipality c = registry.canonical(code, 2019);
            assertEquals("3201", c.code(), code);
            assertFalse(c.merged(), code);
        }
        CanonicalMunicipality old = registry.canonical("0219", 2015);
        assertEquals("Bærum", old.name());
        assertEquals(List.of("3024", "3201"), old.path().stream().map(MunicipalityChange::newCode).toList());
        assertTrue(old.renumbered());
        assertFalse(registry.canonical("3201", 2024).renumbered());
    }

    @Test
    void staleOldNumberInALaterYearStillResolves() {
        // Tables keep using an old number after the change; the year does not block the mapping.
        assertEquals("3201", registry.canonical("0219", 2022).code());
    }

    @Test
    void mergedMunicipalitiesMapToTheirSuccessorWithAFlag() {
        CanonicalMunicipality hurum = registry.canonical("0628", 2019);
        assertEquals("3203", hurum.code());
        assertEquals("Asker", hurum.name());
        assertTrue(hurum.merged());

        CanonicalMunicipality finnoy = registry.canonical("1141", 2019);
        assertEquals("1103", finnoy.code());
        assertTrue(finnoy.merged());
        assertFalse(registry.canonical("1103", 2019).merged());

        CanonicalMunicipality klaebu = registry.canonical("1662", 2017);
        assertEquals("5001", klaebu.code());
        assertTrue(klaebu.merged());
        assertEquals(2, klaebu.path().size()); // 1662 -> 5030 (2018) -> 5001 (2020)
        assertEquals("5001", registry.canonical("1601", 2017).code());
    }

    @Test
    void otherReformChains() {
        assertEquals("3301", registry.canonical("0602", 2019).code());
        assertTrue(registry.canonical("0625", 2019).merged());
        assertEquals("1108", registry.canonical("1102", 2019).code());
        assertEquals("5501", registry.canonical("1902", 2019).code());
        assertEquals("4204", registry.canonical("1001", 2019).code());
        assertEquals("3107", registry.canonical("0106", 2019).code());
        assertEquals("0301", registry.canonical("0301", 2019).code()); // Oslo never changed
    }

    @Test
    void unknownAndNonMunicipalCodesPassThrough() {
        CanonicalMunicipality eak = registry.canonical("EAK", 2020);
        assertEquals("EAK", eak.code());
        assertNull(eak.name());
        assertFalse(eak.renumbered());
        assertNull(registry.canonical(null, 2020).code());
    }

    @Test
    void territoryChangesAndPredecessors() {
        assertEquals(List.of(2020), registry.territoryChanges("1103"));
        assertEquals(List.of(2020), registry.territoryChanges("3301"));
        assertEquals(List.of(), registry.territoryChanges("3201"));
        assertEquals(List.of("0219", "3024", "3201"), registry.codesOf("3201"));
        assertEquals(List.of("0220", "0627", "0628", "3025", "3203"), registry.codesOf("3203"));
    }

    @Test
    void bundledTableNamesItsSource() throws Exception {
        try (var in = MunicipalityRegistry.class.getResourceAsStream(MunicipalityRegistry.RESOURCE)) {
            String text = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertTrue(text.contains("Statistics Norway (SSB), Klass classification 131"));
            assertTrue(text.contains("Transcribed from a"));
        }
    }

    @Test
    void customTablesAreValidatedWithTheirLine() {
        InputException fields = assertThrows(InputException.class,
                () -> MunicipalityRegistry.parse("egen.tsv", "# kommentar\n0219\tBærum\t3024\n"));
        assertEquals(2, fields.line());
        InputException kind = assertThrows(InputException.class,
                () -> MunicipalityRegistry.parse("egen.tsv", "0219\tBærum\t3024\tBærum\t2020\tsplit\n"));
        assertTrue(kind.getMessage().contains("neither renumbered nor merged"));
        InputException twice = assertThrows(InputException.class, () -> MunicipalityRegistry.parse("egen.tsv",
                "0219\tA\t3024\tA\t2020\trenumbered\n0219\tA\t3025\tB\t2020\tmerged\n"));
        assertEquals(2, twice.line());
        MunicipalityRegistry custom = MunicipalityRegistry.parse("egen.tsv", "1234\tA\t5678\tB\t2030\tmerged\n");
        assertEquals("5678", custom.canonical("1234", 2029).code());
        assertEquals("1234", MunicipalityRegistry.empty().canonical("1234", 2029).code());
    }
}
