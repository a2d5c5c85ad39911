package no.trendspor.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.match.RecurringChallenge;
import no.trendspor.model.ReportDocument;
import no.trendspor.report.TrendReport;
import no.trendspor.seeds.Seeds;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A folder given to the library holds reports in any form it reads, below it at any depth. */
class DirectoryInputTest {

    @TempDir
    Path tmp;

    @Test
    void aFolderOfJsonPagesAndTextFilesIsAnalysedLikeTheSameTexts() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("reports/2018"));
        ObjectNode page = new ObjectMapper().createObjectNode();
        page.put("text", new String(Seeds.bytes(Seeds.BAERUM_2018), StandardCharsets.UTF_8));
        page.put("year", 2018);
        Files.writeString(dir.resolve("baerum-2018.json"), page.toString());
        Files.write(tmp.resolve("reports/baerum-2020.txt"), Seeds.bytes(Seeds.BAERUM_2020));

        TrendReport fromFolder = Trendspor.analyze(tmp.resolve("reports"));
        TrendReport seeds = Trendspor.analyzeSeeds();

        assertEquals(List.of(tmp.resolve("reports/2018/baerum-2018.json").toString(),
                tmp.resolve("reports/baerum-2020.txt").toString()),
                fromFolder.documents().stream().map(ReportDocument::source).toList());
        assertFalse(seeds.recurringChallenges().isEmpty());
        assertEquals(seeds.recurringChallenges().stream().map(RecurringChallenge::label).sorted().toList(),
                fromFolder.recurringChallenges().stream().map(RecurringChallenge::label).sorted().toList());
    }
}
