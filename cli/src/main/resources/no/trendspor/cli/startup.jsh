// Trendspor JShell start-up: the library's main types are imported.
import java.nio.file.*;
import no.trendspor.*;
import no.trendspor.model.*;
import no.trendspor.report.*;
import no.trendspor.seeds.Seeds;
import no.trendspor.tablesaw.IndicatorTables;
System.out.println("Trendspor: try  var report = Trendspor.analyzeSeeds();  then  report.sectors()");
