package no.trendspor.cli;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import picocli.CommandLine;

/** Reads the version Maven wrote into {@code no/trendspor/version.properties}. */
final class VersionProvider implements CommandLine.IVersionProvider {

    @Override
    public String[] getVersion() throws IOException {
        Properties p = new Properties();
        try (InputStream in = VersionProvider.class.getResourceAsStream("/no/trendspor/version.properties")) {
            if (in != null) {
                p.load(in);
            }
        }
        return new String[] {"trendspor " + p.getProperty("version", "unknown")};
    }
}
