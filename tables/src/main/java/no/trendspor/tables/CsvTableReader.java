package no.trendspor.tables;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.trendspor.ingest.InputException;
import no.trendspor.keyfigures.TableObservation;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads key-figure tables from CSV as SSB's statistics bank and municipalities write them.
 *
 * <ul>
 * <li>Separator: ';' when any line has one outside quotes (SSB's and Norwegian Excel's default,
 * because the comma is the decimal sign), else tab, else ','.</li>
 * <li>Encoding: see {@link TextDecoding} (UTF-8 with or without BOM, UTF-16 with BOM,
 * Windows-1252).</li>
 * <li>Title and footnote lines (a single field) before the header and between rows are kept as
 * notes. The header is the first line with two or more non-empty fields.</li>
 * <li>Long layout: a year column ("år", "tid", "årstall", "periode"); one value per row, in a column
 * named "verdi"/"value" or, failing that, in every remaining column whose cells are all numbers
 * or SSB symbols. Other text columns (SSB writes one per table dimension, e.g. "kjønn") are
 * appended to the indicator.</li>
 * <li>Wide layout: columns headed by a year ("2019", "2019*", "Netto driftsutgifter 2019"), region
 * and/or indicator rows.</li>
 * <li>Region: a "region"/"kommune" column ("0219 Bærum"), and/or a "kommunenummer" column; without
 * either, {@link TableDefaults}.</li>
 * <li>Cells: decimal comma, space grouping, SSB symbols — see {@link CellValue} and
 * {@link SsbSymbol}.</li>
 * </ul>
 *
 * <p>Thread-safe and stateless. Errors are {@link InputException}s with the 1-based line.
 */
public final class CsvTableReader {

    // Header words, compared after lower-casing and dropping everything but letters.
    private static final Set<String> CODE_HEADERS = Set.of("kommunenummer", "kommunenr", "knr", "kommunekode",
            "regionkode", "regionnummer", "regionnr", "kode");
    private static final Set<String> REGION_HEADERS = Set.of("region", "kommune", "kommunenavn", "område",
            "omrade", "regionkommune", "geografi", "navn");
    private static final Set<String> INDICATOR_HEADERS = Set.of("statistikkvariabel", "indikator", "nøkkeltall",
            "nokkeltall", "variabel", "statistikk", "indikatornavn", "kostraindikator", "tabellinnhold",
            "contentscode");
    private static final Set<String> UNIT_HEADERS = Set.of("enhet", "måleenhet", "maleenhet", "benevning", "unit");
    private static final Set<String> YEAR_HEADERS = Set.of("år", "aar", "årstall", "tid", "periode", "year");
    private static final Set<String> VALUE_HEADERS = Set.of("verdi", "value", "tallverdi");

    private static final Pattern YEAR_CELL = Pattern.compile("^((?:18|19|20)\\d{2})\\*?$");

    private enum Role { CODE, REGION, INDICATOR, UNIT, YEAR, VALUE, YEAR_VALUE, OTHER }

    private record Row(int line, List<String> fields) {
        boolean blank() {
            return fields.stream().allMatch(String::isBlank);
        }

        /** A title or footnote: one field only. */
        boolean note() {
            return fields.size() == 1 && !fields.get(0).isBlank();
        }

        String get(int column) {
            return column < fields.size() ? fields.get(column) : "";
        }
    }

    private record YearColumn(int column, int year, String indicatorPart) {
    }

    /** Reads {@code file}; the source is the path. */
    public KeyFigureTable read(Path file) {
        return read(file, TableDefaults.NONE);
    }

    /** Reads {@code file} with defaults for what the table does not say. */
    public KeyFigureTable read(Path file, TableDefaults defaults) {
        return read(file.toString(), readBytes(file), defaults);
    }

    /** Reads a CSV table given as bytes. */
    public KeyFigureTable read(String source, byte[] bytes) {
        return read(source, bytes, TableDefaults.NONE);
    }

    /**
     * Reads a CSV table given as bytes.
     *
     * @param source   the input's name, for errors and provenance
     * @param defaults municipality for tables without a region column
     * @throws InputException empty file, no header, no data rows, no year, rows with a different number of
     *                        columns than the header, cells that are neither numbers nor SSB symbols
     */
    public KeyFigureTable read(String source, byte[] bytes, TableDefaults defaults) {
        TextDecoding decoded = TextDecoding.decode(bytes);
        String text = decoded.text();
        if (text.isBlank()) {
            throw new InputException(source, 0, "empty file");
        }
        char delimiter = detectDelimiter(text);
        List<Row> rows = parse(source, text, delimiter);

        List<String> notes = new ArrayList<>();
        int h = 0;
        while (h < rows.size() && nonBlankCount(rows.get(h)) < 2) {
            if (!rows.get(h).blank()) {
                notes.add(String.join(" ", rows.get(h).fields()).strip());
            }
            h++;
        }
        if (h == rows.size()) {
            throw new InputException(source, 0, "no header row: no line has columns separated by '"
                    + printable(delimiter) + "'");
        }
        Row header = rows.get(h);
        int width = headerWidth(header);
        List<String> headers = header.fields().subList(0, width).stream().map(String::strip).toList();
        String title = notes.isEmpty() ? null : notes.get(0);

        List<Row> data = new ArrayList<>();
        for (Row row : rows.subList(h + 1, rows.size())) {
            if (row.blank()) {
                continue;
            }
            if (row.note()) {
                notes.add(row.fields().get(0).strip());
                continue;
            }
            int size = row.fields().size();
            boolean onlyBlankExtra = size > width
                    && row.fields().subList(width, size).stream().allMatch(String::isBlank);
            if (size != width && !onlyBlankExtra) {
                throw new InputException(source, row.line(),
                        "row has " + size + " columns, the header (line " + header.line() + ") has " + width);
            }
            data.add(row);
        }

        if (data.isEmpty()) {
            throw new InputException(source, header.line(), "no data rows after the header");
        }
        Role[] roles = roles(headers);
        List<TableObservation> observations;
        String layout;
        int yearColumn = indexOf(roles, Role.YEAR);
        if (yearColumn >= 0) {
            layout = "long";
            observations = readLong(source, header, headers, roles, data, defaults);
        } else {
            List<YearColumn> years = yearColumns(headers, roles);
            if (years.isEmpty()) {
                throw new InputException(source, header.line(),
                        "no year: expected a column 'år' or columns headed by a year such as '2019'");
            }
            layout = "wide";
            observations = readWide(source, headers, roles, years, data, defaults);
        }
        String format = "csv; " + decoded.charset() + "; '" + printable(delimiter) + "'; " + layout;
        return new KeyFigureTable(source, format, title, observations, notes);
    }

    private static byte[] readBytes(Path file) {
        return TableFile.read(file);
    }

    // ---------------------------------------------------------------- parsing

    static char detectDelimiter(String text) {
        boolean tab = false;
        int checked = 0;
        for (String line : text.split("\r?\n|\r")) {
            if (line.isBlank()) {
                continue;
            }
            String unquoted = line.replaceAll("\"[^\"]*\"", "");
            if (unquoted.indexOf(';') >= 0) {
                return ';';
            }
            tab |= unquoted.indexOf('\t') >= 0;
            if (++checked == 20) {
                break;
            }
        }
        return tab ? '\t' : ',';
    }

    private static List<Row> parse(String source, String text, char delimiter) {
        CSVFormat format = CSVFormat.DEFAULT.builder()
                .setDelimiter(delimiter)
                .setQuote('"')
                .setIgnoreEmptyLines(false) // keeps record number == line number for one-line records
                .setIgnoreSurroundingSpaces(true)
                .setTrim(true)
                .get();
        List<Row> rows = new ArrayList<>();
        long before = 0;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            Iterator<CSVRecord> it = parser.iterator();
            while (true) {
                // hasNext() reads ahead, so the line count must be taken before it.
                before = parser.getCurrentLineNumber();
                if (!it.hasNext()) {
                    break;
                }
                CSVRecord record = it.next();
                rows.add(new Row((int) before + 1, record.toList()));
            }
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            throw new InputException(source, (int) before + 1, "malformed CSV: " + csvProblem(e));
        }
        return rows;
    }

    /**
     * The parser's complaint in words, without its exception class names: the two a hand-edited
     * file gives most often are said plainly.
     */
    static String csvProblem(Exception e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        if (message.contains("EOF reached before encapsulated token finished")) {
            return "a quoted field starting on this line is never closed (a '\"' is missing)";
        }
        if (message.contains("Invalid character between encapsulated token and delimiter")) {
            return "a quoted field is followed by other characters before the next separator";
        }
        return message.replaceAll("^\\(startline \\d+\\) ", "");
    }

    private static int nonBlankCount(Row row) {
        return (int) row.fields().stream().filter(f -> !f.isBlank()).count();
    }

    /** Header width without trailing empty columns (a trailing separator). */
    private static int headerWidth(Row header) {
        int width = header.fields().size();
        while (width > 0 && header.fields().get(width - 1).isBlank()) {
            width--;
        }
        return width;
    }

    private static String printable(char delimiter) {
        return delimiter == '\t' ? "\\t" : String.valueOf(delimiter);
    }

    // ---------------------------------------------------------------- header roles

    static String headerKey(String header) {
        return header.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}]", "");
    }

    private static Role[] roles(List<String> headers) {
        Role[] roles = new Role[headers.size()];
        for (int i = 0; i < headers.size(); i++) {
            String key = headerKey(headers.get(i));
            Role role = Role.OTHER;
            if (CODE_HEADERS.contains(key)) {
                role = Role.CODE;
            } else if (REGION_HEADERS.contains(key)) {
                role = Role.REGION;
            } else if (INDICATOR_HEADERS.contains(key)) {
                role = Role.INDICATOR;
            } else if (UNIT_HEADERS.contains(key)) {
                role = Role.UNIT;
            } else if (YEAR_HEADERS.contains(key)) {
                role = Role.YEAR;
            } else if (VALUE_HEADERS.contains(key)) {
                role = Role.VALUE;
            }
            // Only the first column of each identifying role counts; later ones are dimensions.
            if (role != Role.OTHER && role != Role.VALUE && indexOf(roles, role) >= 0) {
                role = Role.OTHER;
            }
            roles[i] = role;
        }
        return roles;
    }

    private static int indexOf(Role[] roles, Role role) {
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == role) {
                return i;
            }
        }
        return -1;
    }

    private static List<YearColumn> yearColumns(List<String> headers, Role[] roles) {
        List<YearColumn> years = new ArrayList<>();
        for (int i = 0; i < headers.size(); i++) {
            if (roles[i] != Role.OTHER) {
                continue;
            }
            String[] m = yearHeader(headers.get(i));
            if (m != null) {
                String part = m[0].strip();
                years.add(new YearColumn(i, Integer.parseInt(m[1]), part.isEmpty() ? null : part));
                roles[i] = Role.YEAR_VALUE;
            }
        }
        return years;
    }

    /**
     * A header ending in a year ("2019", "2019*", "Netto driftsutgifter 2019", "Andel (2019)"):
     * {text before it, the year}, or null. What the pattern
     * {@code ^(.*?)[\s,:(-]*\b((?:18|19|20)\d{2})\)?\s*\*?$} matched, read from the end in one
     * pass: the lazy prefix against the run of separators made that pattern quadratic in a long
     * run of spaces, and headers are input.
     */
    static String[] yearHeader(String header) {
        // the whole header must be read: a final line terminator is no end of the year ("2019*\n" is no year header)
        return yearHeaderAtEnd(header);
    }

    private static String[] yearHeaderAtEnd(String header) {
        int end = header.length();
        if (end > 0 && header.charAt(end - 1) == '*') {
            end--;
        }
        while (end > 0 && isRegexSpace(header.charAt(end - 1))) {
            end--;
        }
        if (end > 0 && header.charAt(end - 1) == ')') {
            end--;
        }
        int start = end - 4;
        if (start < 0 || !isYear(header, start)) {
            return null;
        }
        if (start > 0 && isWordChar(header.charAt(start - 1))) {
            return null; // no word boundary before the year
        }
        int prefixEnd = start;
        while (prefixEnd > 0 && (isRegexSpace(header.charAt(prefixEnd - 1)) || ",:(-".indexOf(header.charAt(prefixEnd - 1)) >= 0)) {
            prefixEnd--;
        }
        String prefix = header.substring(0, prefixEnd);
        for (int i = 0; i < prefix.length(); i++) {
            char c = prefix.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return null; // '.' never matched a line terminator
            }
        }
        return new String[] {prefix, header.substring(start, start + 4)};
    }

    private static boolean isYear(String s, int at) {
        for (int i = at; i < at + 4; i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        String century = s.substring(at, at + 2);
        return century.equals("18") || century.equals("19") || century.equals("20");
    }

    /** What {@code \s} matches in java.util.regex. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A word character for java.util.regex's {@code \b} (JDK 17: letters, digits, underscore). */
    private static boolean isWordChar(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || Character.getType(c) == Character.NON_SPACING_MARK;
    }

    // ---------------------------------------------------------------- layouts

    private static List<TableObservation> readLong(String source, Row header, List<String> headers, Role[] roles,
            List<Row> data, TableDefaults defaults) {
        int yearColumn = indexOf(roles, Role.YEAR);
        int indicatorColumn = indexOf(roles, Role.INDICATOR);
        int unitColumn = indexOf(roles, Role.UNIT);
        List<Integer> valueColumns = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == Role.VALUE) {
                valueColumns.add(i);
            }
        }
        if (valueColumns.isEmpty()) {
            // No column named as the value: the value columns are those holding only numbers.
            for (int i = 0; i < roles.length; i++) {
                if (roles[i] == Role.OTHER && !data.isEmpty() && allNumeric(data, i)) {
                    valueColumns.add(i);
                    roles[i] = Role.VALUE;
                }
            }
        }
        if (valueColumns.isEmpty()) {
            throw new InputException(source, header.line(),
                    "no value column: expected a column 'verdi' or a column of numbers");
        }
        List<Integer> dimensions = columns(roles, Role.OTHER);
        List<TableObservation> out = new ArrayList<>();
        for (Row row : data) {
            int year = year(source, row, yearColumn, headers);
            RegionLabel region = region(row, roles, defaults);
            String unit = unitColumn >= 0 ? emptyToNull(row.get(unitColumn)) : null;
            for (int valueColumn : valueColumns) {
                String indicator;
                if (indicatorColumn >= 0) {
                    indicator = row.get(indicatorColumn).strip();
                    if (valueColumns.size() > 1) {
                        indicator += " | " + headers.get(valueColumn);
                    }
                } else {
                    indicator = headers.get(valueColumn);
                }
                indicator = withDimensions(indicator, row, dimensions);
                CellValue cell = cell(source, row, valueColumn, headers);
                out.add(new TableObservation(region.code(), region.name(), indicator, unit, year, cell.value(),
                        cell.symbol(), source, row.line()));
            }
        }
        return out;
    }

    private static List<TableObservation> readWide(String source, List<String> headers, Role[] roles,
            List<YearColumn> years, List<Row> data, TableDefaults defaults) {
        int indicatorColumn = indexOf(roles, Role.INDICATOR);
        boolean headersNameIndicator = years.stream().anyMatch(y -> y.indicatorPart() != null);
        if (indicatorColumn < 0 && !headersNameIndicator) {
            // A municipality's own table: the first text column holds the indicator names (its
            // header is often the table's name, e.g. the service area).
            List<Integer> others = columns(roles, Role.OTHER);
            if (!others.isEmpty()) {
                indicatorColumn = others.get(0);
                roles[indicatorColumn] = Role.INDICATOR;
            }
        }
        int unitColumn = indexOf(roles, Role.UNIT);
        List<Integer> dimensions = columns(roles, Role.OTHER);
        List<TableObservation> out = new ArrayList<>();
        for (Row row : data) {
            RegionLabel region = region(row, roles, defaults);
            String unit = unitColumn >= 0 ? emptyToNull(row.get(unitColumn)) : null;
            String rowIndicator = indicatorColumn >= 0 ? emptyToNull(row.get(indicatorColumn)) : null;
            for (YearColumn yc : years) {
                String indicator;
                if (rowIndicator != null && yc.indicatorPart() != null) {
                    indicator = rowIndicator + " | " + yc.indicatorPart();
                } else if (rowIndicator != null) {
                    indicator = rowIndicator;
                } else if (yc.indicatorPart() != null) {
                    indicator = yc.indicatorPart();
                } else {
                    throw new InputException(source, row.line(), "no indicator: the row names none and '"
                            + headers.get(yc.column()) + "' is only a year");
                }
                indicator = withDimensions(indicator, row, dimensions);
                CellValue cell = cell(source, row, yc.column(), headers);
                out.add(new TableObservation(region.code(), region.name(), indicator, unit, yc.year(),
                        cell.value(), cell.symbol(), source, row.line()));
            }
        }
        return out;
    }

    private static List<Integer> columns(Role[] roles, Role role) {
        List<Integer> result = new ArrayList<>();
        for (int i = 0; i < roles.length; i++) {
            if (roles[i] == role) {
                result.add(i);
            }
        }
        return result;
    }

    private static boolean allNumeric(List<Row> data, int column) {
        return data.stream().allMatch(r -> CellValue.parse(r.get(column)).isPresent());
    }

    private static String withDimensions(String indicator, Row row, List<Integer> dimensions) {
        StringBuilder sb = new StringBuilder(indicator);
        for (int d : dimensions) {
            String v = row.get(d).strip();
            if (!v.isEmpty()) {
                sb.append(" | ").append(v);
            }
        }
        return sb.toString();
    }

    private static int year(String source, Row row, int column, List<String> headers) {
        String cell = row.get(column).strip();
        Matcher m = YEAR_CELL.matcher(cell);
        if (!m.matches()) {
            throw new InputException(source, row.line(),
                    "column '" + shown(headers.get(column)) + "': '" + shown(cell) + "' is not a year");
        }
        return Integer.parseInt(m.group(1));
    }

    private static CellValue cell(String source, Row row, int column, List<String> headers) {
        Optional<CellValue> cell = CellValue.parse(row.get(column));
        if (cell.isEmpty()) {
            throw new InputException(source, row.line(), "column '" + shown(headers.get(column)) + "': '"
                    + shown(row.get(column).strip()) + "' is neither a number nor an SSB symbol (. .. ... : -)");
        }
        Double value = cell.get().value();
        if (value != null && !(Math.abs(value) <= CellValue.MAX_VALUE)) {
            throw new InputException(source, row.line(), "column '" + shown(headers.get(column)) + "': '"
                    + shown(row.get(column).strip()) + "' is too large for a key figure (more than 1e15)");
        }
        return cell.get();
    }

    /** A cell as a message shows it: at most 60 characters, so a huge cell stays one readable line. */
    static String shown(String cell) {
        return cell.length() <= 60 ? cell : cell.substring(0, 57) + "…";
    }

    private static RegionLabel region(Row row, Role[] roles, TableDefaults defaults) {
        int codeColumn = indexOf(roles, Role.CODE);
        int regionColumn = indexOf(roles, Role.REGION);
        if (codeColumn < 0 && regionColumn < 0) {
            return new RegionLabel(defaults.municipalityCode(), defaults.municipalityName());
        }
        RegionLabel label = regionColumn >= 0 ? RegionLabel.parse(row.get(regionColumn)) : new RegionLabel(null, null);
        if (codeColumn >= 0) {
            String raw = row.get(codeColumn).strip();
            // Spreadsheets drop the leading zero of numbers such as 0219; municipality numbers have four digits.
            RegionLabel code = RegionLabel.parse(raw.matches("\\d{3}") ? "0" + raw : raw);
            String name = label.name() != null ? label.name() : code.name();
            return new RegionLabel(code.code() != null ? code.code() : label.code(), name);
        }
        return label;
    }

    private static String emptyToNull(String s) {
        String t = s == null ? "" : s.strip();
        return t.isEmpty() ? null : t;
    }
}
