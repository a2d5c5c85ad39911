package no.trendspor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import no.trendspor.Trendspor;
import no.trendspor.model.ReportDocument;
import no.trendspor.model.Warning;
import no.trendspor.report.TrendReport;
import org.junit.jupiter.api.Test;

/** Reports whose text names no municipality are never pooled silently. */
class MunicipalityInferenceTest {

    private static String report(int year) {
        return "Årsrapport " + year + "\n\nOppvekst\n\nRekruttering av lærere er en utfordring.\n";
    }

    private static List<String> municipalities(TrendReport r) {
        return r.documents().stream().map(ReportDocument::municipality).toList();
    }

    private static List<Warning> warnings(TrendReport r, String kind) {
        return r.documents().stream().flatMap(d -> d.warnings().stream()).filter(w -> w.code().equals(kind)).toList();
    }

    @Test
    void aFolderNamingAMunicipalityGivesItInAnySpelling() {
        Map<String, String> texts = new TreeMap<>();
        texts.put("reports/baerum/2018.txt", report(2018));
        texts.put("reports/Bærum kommune/2019.txt", report(2019));
        texts.put("reports/nord_odal/2019.txt", report(2019));
        texts.put("reports/TROMSOE/2020.txt", report(2020));
        TrendReport r = Trendspor.analyzeTexts(texts);
        assertEquals(List.of("Bærum", "Tromsø", "Bærum", "Nord-Odal"), municipalities(r)); // in key order
        assertEquals(4, warnings(r, "municipality-from-folder").size());
        assertEquals(List.of(), warnings(r, "municipality-unknown"));
    }

    @Test
    void theTextAndThePageFieldComeBeforeTheFolder() {
        Map<String, String> texts = new TreeMap<>();
        texts.put("bergen/2018.txt", "Årsrapport 2018 for Asker kommune\n\nOppvekst\n\nAsker har for få lærere.\n");
        texts.put("bergen/2019.txt", report(2019));
        TrendReport r = Trendspor.analyzeTexts(texts);
        assertEquals(List.of("Asker", "Bergen"), municipalities(r));
    }

    @Test
    void unknownMunicipalitiesAreKeptApartPerFolderWithOneWarning() {
        Map<String, String> texts = new TreeMap<>();
        texts.put("x/a/2018.txt", report(2018));
        texts.put("x/a/2019.txt", report(2019));
        texts.put("x/b/2018.txt", report(2018));
        texts.put("x/b/2019.txt", report(2019));
        texts.put("x/c/2019.txt", report(2019));
        TrendReport r = Trendspor.analyzeTexts(texts);
        assertEquals(List.of("unknown (x/a)", "unknown (x/a)", "unknown (x/b)", "unknown (x/b)", "unknown (x/c)"),
                municipalities(r));
        List<Warning> unknown = warnings(r, "municipality-unknown");
        assertEquals(1, unknown.size());
        assertTrue(unknown.get(0).message().startsWith("5 files name no municipality"), unknown.get(0).message());
        assertEquals(1, r.documents().get(0).warnings().stream().filter(w -> w.code().equals("municipality-unknown")).count());
        // Nothing is compared across folders: every recurring challenge lies within one.
        r.recurringChallenges().forEach(c -> assertTrue(c.municipality().startsWith("unknown (x/"), c.municipality()));
        assertTrue(r.recurringChallenges().stream().noneMatch(c -> c.municipality().equals("unknown (x/c)")));
    }

    @Test
    void unknownFilesOfOneFolderStayOneMunicipalityAndAreNamedInTheWarning() {
        Map<String, String> texts = new TreeMap<>();
        texts.put("x/2018.txt", report(2018));
        texts.put("x/2019.txt", report(2019));
        TrendReport r = Trendspor.analyzeTexts(texts);
        assertEquals(java.util.Arrays.asList(null, null), municipalities(r));
        assertEquals(1, warnings(r, "municipality-unknown").size());
    }

    @Test
    void folderKeysIgnoreCaseSeparatorsAndAsciiSpellings() {
        FolderMunicipality names = FolderMunicipality.bundled();
        assertEquals("Aurskog-Høland", names.municipality("aurskog_hoeland").orElseThrow());
        assertEquals("Ås", names.municipality("aas-kommune").orElseThrow());
        assertEquals("Evje og Hornnes", names.municipality("Evje-og-Hornnes").orElseThrow());
        assertTrue(names.municipality("m100").isEmpty());
        assertTrue(names.municipality("Kommune000").isEmpty());
    }
}
