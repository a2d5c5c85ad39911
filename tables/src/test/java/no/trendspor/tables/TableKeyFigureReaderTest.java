package no.trendspor.tables;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.trendspor.Trendspor;
import no.trendspor.report.TrendReport;
import no.trendspor.seeds.Seeds;
import no.trendspor.spi.KeyFigureReader;
import no.trendspor.spi.Providers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** With this artifact on the class path, the library's facade reads key-figure tables. */
class TableKeyFigureReaderTest {

    // Made-up figures in SSB's long CSV layout, under Bærum's pre-2020 and current numbers.
    private static final String CSV = """
            "region";"statistikkvariabel";"år";"verdi"
            "0219 Bærum (-2019)";"Andel elever med spesialundervisning (prosent)";"2015";7,2
            "3024 Bærum";"Andel elever med spesialundervisning (prosent)";"2018";5,1
            """;

    @TempDir
    Path tmp;

    @Test
    void serviceLoaderFindsTheReader() {
        assertEquals(List.of(TableKeyFigureReader.class),
                Providers.of(KeyFigureReader.class).stream().map(Object::getClass).toList());
    }

    @Test
    void theFacadeSetsTheTableBesideTheProse() throws IOException {
        Path report = Files.write(tmp.resolve(Seeds.BAERUM_2018), Seeds.bytes(Seeds.BAERUM_2018));
        Path table = Files.writeString(tmp.resolve("spesialundervisning.csv"), CSV);
        TrendReport result = Trendspor.analyze(List.of(report), List.of(table));
        assertEquals(1, result.keyFigures().tables().size(), "0219 and 3024 are one municipality: one series");
        assertEquals(2, result.keyFigures().tables().get(0).points().size());
        assertTrue(!result.keyFigures().comparisons().isEmpty(), "the prose states the same indicator");
    }
}
