package no.trendspor.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The user can say that a renamed sector is the same sector (--sector NAME=SECTOR). */
class SectorOverrideTest {

    @TempDir
    Path tmp;

    private static String page(String sector, int year, String mission, String result, String challenge) {
        return "Eksempelvik kommune\n\n" + sector + "\n\n" + sector + " skal " + mission + "\n\n"
                + "Viktige resultater og innsatser i " + year + "\n\n • " + result + "\n\n"
                + "Utfordringer fremover\n\n • " + challenge + "\n";
    }

    private JsonNode alignments(String... extra) throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("r"));
        Files.writeString(dir.resolve("a-2019.txt"), page("Grunnskoleopplæring", 2019,
                "sikre elevenes faglige utbytte.", "Leseprosjektet på mellomtrinnet er avsluttet.",
                "Skolebyggene trenger omfattende vedlikehold."));
        Files.writeString(dir.resolve("b-2020.txt"), page("Oppvekst skole", 2020,
                "gi alle barn en trygg og god oppvekst.", "Ny ungdomsskole på Eik er tatt i bruk.",
                "Lærerdekningen i ungdomsskolen er for svak."));
        String[] args = new String[extra.length + 2];
        args[0] = "analyze";
        System.arraycopy(extra, 0, args, 1, extra.length);
        args[args.length - 1] = dir.toString();
        CliRunner r = CliRunner.run(args);
        assertEquals(0, r.status(), r.err());
        return new ObjectMapper().readTree(r.out()).get("sectorAlignments");
    }

    @Test
    void renamedSectorIsJoinedWhenTheUserSaysSo() throws IOException {
        assertEquals(2, alignments().size(), "different names and content: two sectors");
        JsonNode joined = alignments("--sector", "Grunnskoleopplæring=Oppvekst skole");
        assertEquals(1, joined.size(), joined.toString());
        assertEquals(2, joined.get(0).get("names").size());
        assertTrue(joined.toString().contains("Grunnskoleopplæring"));
    }
}
