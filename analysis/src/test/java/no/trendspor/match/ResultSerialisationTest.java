package no.trendspor.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import no.trendspor.model.ReportDocument;
import org.junit.jupiter.api.Test;

class ResultSerialisationTest {

    @Test
    void theResultSerialisesAsPlainJsonWithEnumNames() throws Exception {
        List<ReportDocument> docs = List.of(
                Docs.doc("a", 2019, "Nordby", Docs.sector("Helse", "h19",
                        "c: Antall brukere med behov for avlastning går ned.",
                        "c: Rekruttering av sykepleiere er krevende.")),
                Docs.doc("b", 2020, "Nordby", Docs.sector("Helse", "h20",
                        "c: Antall brukere med behov for avlastning øker.",
                        "r: Nye sykepleiere ble rekruttert gjennom traineeordning.",
                        "c: Rekruttering av sykepleiere og leger er fortsatt krevende.")));
        ChallengeAnalysisResult r = ChallengeAnalysis.analyze(docs);
        JsonNode json = new ObjectMapper().valueToTree(r);
        assertEquals(2, json.get("recurringChallenges").size(), json::toPrettyString);
        JsonNode first = json.get("recurringChallenges").get(0);
        assertEquals("rc-h19-c1", first.get("id").asText());
        assertEquals("DIRECTION_REVERSED", first.get("links").get(0).get("explanation").get("relation").asText());
        assertTrue(json.get("themeDiffs").get(0).has("keyTerms"));
        assertEquals(1, json.get("sectorAlignments").size());
        assertTrue(r.followups().stream().anyMatch(f -> f.result().statementId().equals("h20-r2")), r::toString);
    }
}
