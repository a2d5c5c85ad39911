package no.trendspor.tables;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.trendspor.ingest.InputException;
import no.trendspor.keyfigures.TableObservation;

/**
 * Reads a JSON-stat 2.0 dataset, as SSB's statistics bank API (PxWebApi) serves it with
 * {@code format=json-stat2}, into observations. Uses Jackson's tree model.
 *
 * <p>Understood: {@code class: "dataset"}, {@code id} and {@code size}, {@code dimension} with
 * {@code category.index} as array or object (or absent for a single category) and
 * {@code category.label}, {@code category.unit} on the metric dimension ({@code base} becomes the
 * unit), {@code role} (geo, time, metric; falling back to SSB's dimension ids "Region", "Tid",
 * "ContentsCode"), {@code value} as array or sparse object, {@code status} as string, array or
 * object. Values are laid out row-major: the last dimension in {@code id} varies fastest.
 *
 * <p>Dimensions other than geo, time and metric (e.g. KOSTRA's function or age group) are appended
 * to the indicator as {@code " | category label"}.
 *
 * <p>Thread-safe and stateless.
 */
public final class JsonStatReader {

    /** Duplicate keys and anything after the document are errors, as for report pages. */
    private static final ObjectMapper MAPPER = com.fasterxml.jackson.databind.json.JsonMapper.builder()
            .enable(com.fasterxml.jackson.core.StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .enable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    /**
     * Most cells read from one dataset. The cell count is the product of the dimension sizes, so a
     * small file can claim billions (arrays and observations for each); real extracts hold far fewer.
     */
    static final int MAX_CELLS = 1_000_000;
    private static final Pattern YEAR = Pattern.compile("^((?:18|19|20)\\d{2})$");

    /** One dimension, categories in index order. */
    private record Dimension(String id, String label, List<String> codes, List<String> labels, JsonNode units) {
        String labelAt(int i) {
            return labels.get(i);
        }

        String unitAt(int i) {
            JsonNode unit = units == null ? null : units.get(codes.get(i));
            if (unit == null) {
                return null;
            }
            for (String field : new String[] {"base", "label", "symbol"}) {
                if (unit.hasNonNull(field) && !unit.get(field).asText().isBlank()) {
                    return TextDecoding.nfc(unit.get(field).asText().strip());
                }
            }
            return null;
        }
    }

    /** Reads {@code file}; the source is the path. */
    public KeyFigureTable read(Path file) {
        return read(file.toString(), TableFile.read(file));
    }

    /**
     * Reads a JSON-stat 2.0 dataset given as bytes (UTF-8, as the API serves it).
     *
     * @throws InputException invalid JSON (with its line), not a JSON-stat 2.0 dataset, sizes that
     *                        do not match the categories or the number of values, non-annual time
     */
    public KeyFigureTable read(String source, byte[] bytes) {
        JsonNode root = parse(source, bytes);
        if (!root.isObject()) {
            throw new InputException(source, 0, "not a JSON-stat dataset: the document is not an object");
        }
        String cls = root.path("class").asText("");
        if (cls.isEmpty()) {
            throw new InputException(source, 0, "not a JSON-stat 2.0 dataset: no \"class\" (JSON-stat 1.x? "
                    + "download as json-stat2)");
        }
        if (!cls.equals("dataset")) {
            throw new InputException(source, 0, "JSON-stat class '" + cls + "' is not supported; expected 'dataset'");
        }
        JsonNode ids = root.get("id");
        JsonNode sizes = root.get("size");
        if (ids == null || !ids.isArray() || sizes == null || !sizes.isArray()) {
            throw new InputException(source, 0, "invalid JSON-stat: 'id' and 'size' must be arrays");
        }
        if (ids.size() != sizes.size()) {
            throw new InputException(source, 0, "invalid JSON-stat: 'id' has " + ids.size() + " entries, 'size' has "
                    + sizes.size());
        }
        dimensionOrder(source, root, ids);
        List<Dimension> dims = new ArrayList<>();
        long total = 1;
        for (int d = 0; d < ids.size(); d++) {
            JsonNode sizeNode = sizes.get(d);
            if (!sizeNode.canConvertToInt() || !sizeNode.isIntegralNumber() || sizeNode.asInt() < 0) {
                throw new InputException(source, 0, "invalid JSON-stat: size " + sizeNode + " is not a count");
            }
            Dimension dim = dimension(source, root, ids.get(d).asText(), sizeNode.asInt());
            dims.add(dim);
            long size = dim.codes().size();
            // once past the limit the product only needs to stay past it (or become 0): no overflow
            total = total > MAX_CELLS && size > 0 ? total : total * size;
        }
        if (total > MAX_CELLS) {
            throw new InputException(source, 0, "the dataset has " + total + " cells; at most " + MAX_CELLS
                    + " are read (split the table)");
        }
        int n = (int) total;
        JsonNode[] values = values(source, root.get("value"), n);
        String[] status = status(source, root.get("status"), n);

        int geo = role(root, dims, "geo", "region", "kokkommuneregion0000");
        int time = role(root, dims, "time", "tid", "year", "år");
        int metric = role(root, dims, "metric", "contentscode");
        if (time < 0) {
            throw new InputException(source, 0, "no time dimension: expected role 'time' or a dimension 'Tid'");
        }
        String datasetLabel = TextDecoding.nfc(root.path("label").asText(null));
        int[] years = years(source, dims.get(time));

        List<TableObservation> out = new ArrayList<>();
        int[] position = new int[dims.size()];
        for (int flat = 0; flat < n; flat++) {
            decompose(flat, dims, position);
            JsonNode valueNode = values[flat];
            if (valueNode == null && status[flat] == null) {
                continue; // absent from a sparse value object: no cell at all
            }
            String code = null;
            String name = null;
            if (geo >= 0) {
                String geoCode = TextDecoding.nfc(dims.get(geo).codes().get(position[geo]));
                RegionLabel region = RegionLabel.parse(geoCode);
                code = region.code() != null ? region.code() : geoCode;
                name = RegionLabel.cleanName(dims.get(geo).labelAt(position[geo]));
            }
            StringBuilder indicator = new StringBuilder(metric >= 0 ? dims.get(metric).labelAt(position[metric])
                    : datasetLabel != null ? datasetLabel : source);
            for (int d = 0; d < dims.size(); d++) {
                if (d != geo && d != time && d != metric) {
                    indicator.append(" | ").append(dims.get(d).labelAt(position[d]));
                }
            }
            String unit = metric >= 0 ? dims.get(metric).unitAt(position[metric]) : null;
            Double value = value(source, valueNode, flat);
            String symbol = status[flat];
            if (value == null && SsbSymbol.NIL.text().equals(symbol)) {
                value = 0.0; // SSB's "-" is nil, not missing
            }
            out.add(new TableObservation(code, name, indicator.toString(), unit, years[position[time]], value,
                    symbol, source, flat + 1));
        }
        List<String> notes = new ArrayList<>();
        root.path("note").forEach(note -> notes.add(TextDecoding.nfc(note.asText())));
        String format = "json-stat " + root.path("version").asText("2.0");
        return new KeyFigureTable(source, format, datasetLabel, out, notes);
    }

    private static JsonNode parse(String source, byte[] bytes) {
        if (bytes.length == 0) {
            throw new InputException(source, 0, "empty file");
        }
        try {
            JsonNode root = MAPPER.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new InputException(source, 0, "empty file");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            throw new InputException(source, line, "invalid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new InputException(source, 0, "cannot read JSON: " + e.getMessage());
        }
    }

    /**
     * The values are laid out in the order of {@code id}; a file whose {@code dimension} object lists
     * the same dimensions in another order (as when {@code id} and {@code size} were permuted but
     * the values were not) cannot be trusted to be read right, so it is refused, as are repeated
     * ids and dimensions that {@code id} does not list.
     */
    private static void dimensionOrder(String source, JsonNode root, JsonNode ids) {
        List<String> listed = new ArrayList<>();
        for (JsonNode id : ids) {
            if (listed.contains(id.asText())) {
                throw new InputException(source, 0, "invalid JSON-stat: dimension '" + id.asText()
                        + "' is listed twice in 'id'");
            }
            listed.add(id.asText());
        }
        JsonNode described = root.path("dimension");
        if (!described.isObject()) {
            throw new InputException(source, 0, "invalid JSON-stat: no 'dimension' object");
        }
        for (String id : listed) {
            if (!described.path(id).isObject()) {
                throw new InputException(source, 0, "invalid JSON-stat: dimension '" + id
                        + "' is listed in 'id' but not described");
            }
        }
        List<String> order = new ArrayList<>();
        described.fieldNames().forEachRemaining(order::add);
        for (String d : order) {
            if (!listed.contains(d)) {
                throw new InputException(source, 0, "invalid JSON-stat: dimension '" + d
                        + "' is described but not listed in 'id' " + listed);
            }
        }
        if (order.size() == listed.size() && !order.equals(listed)) {
            throw new InputException(source, 0, "invalid JSON-stat: 'id' orders the dimensions " + listed
                    + " but 'dimension' describes them as " + order
                    + "; the order of 'value' is ambiguous (were 'id' and 'size' reordered?)");
        }
    }

    private static Dimension dimension(String source, JsonNode root, String id, int size) {
        JsonNode dim = root.path("dimension").get(id);
        if (dim == null || !dim.isObject()) {
            throw new InputException(source, 0, "invalid JSON-stat: dimension '" + id + "' is listed in 'id' but not described");
        }
        JsonNode category = dim.path("category");
        JsonNode index = category.get("index");
        JsonNode labels = category.get("label");
        List<String> codes = new ArrayList<>();
        if (index != null && index.isArray()) {
            index.forEach(c -> codes.add(c.asText()));
        } else if (index != null && index.isObject()) {
            String[] ordered = new String[index.size()];
            for (Map.Entry<String, JsonNode> e : index.properties()) {
                int pos = e.getValue().asInt(-1);
                if (pos < 0 || pos >= ordered.length || ordered[pos] != null) {
                    throw new InputException(source, 0, "invalid JSON-stat: dimension '" + id
                            + "' has a bad category index " + e.getValue() + " for '" + e.getKey() + "'");
                }
                ordered[pos] = e.getKey();
            }
            codes.addAll(List.of(ordered));
        } else if (labels != null && labels.isObject() && labels.size() == 1) {
            codes.add(labels.fieldNames().next()); // JSON-stat allows omitting the index of a single category
        } else {
            throw new InputException(source, 0, "invalid JSON-stat: dimension '" + id + "' has no category index");
        }
        if (codes.size() != size) {
            throw new InputException(source, 0, "invalid JSON-stat: dimension '" + id + "' has " + codes.size()
                    + " categories but size says " + size);
        }
        List<String> names = new ArrayList<>();
        for (String code : codes) {
            JsonNode label = labels == null ? null : labels.get(code);
            names.add(TextDecoding.nfc(label == null || label.asText().isBlank() ? code : label.asText().strip()));
        }
        return new Dimension(id, dim.path("label").asText(id), List.copyOf(codes), List.copyOf(names),
                category.get("unit"));
    }

    private static JsonNode[] values(String source, JsonNode value, int n) {
        if (value == null) {
            throw new InputException(source, 0, "invalid JSON-stat: no 'value'");
        }
        JsonNode[] out = new JsonNode[n];
        if (value.isArray()) {
            if (value.size() != n) {
                throw new InputException(source, 0, "invalid JSON-stat: 'value' has " + value.size()
                        + " entries but the product of 'size' is " + n);
            }
            for (int i = 0; i < n; i++) {
                out[i] = value.get(i);
            }
        } else if (value.isObject()) {
            for (Map.Entry<String, JsonNode> e : value.properties()) {
                out[sparseIndex(source, "value", e.getKey(), n)] = e.getValue();
            }
        } else {
            throw new InputException(source, 0, "invalid JSON-stat: 'value' must be an array or an object");
        }
        return out;
    }

    private static String[] status(String source, JsonNode status, int n) {
        String[] out = new String[n];
        if (status == null || status.isNull()) {
            return out;
        }
        if (status.isTextual()) {
            Arrays.fill(out, symbolText(status));
        } else if (status.isArray()) {
            if (status.size() != n && status.size() != 1) {
                throw new InputException(source, 0, "invalid JSON-stat: 'status' has " + status.size()
                        + " entries but the product of 'size' is " + n);
            }
            for (int i = 0; i < n; i++) {
                JsonNode s = status.get(status.size() == 1 ? 0 : i);
                out[i] = symbolText(s);
            }
        } else if (status.isObject()) {
            for (Map.Entry<String, JsonNode> e : status.properties()) {
                out[sparseIndex(source, "status", e.getKey(), n)] = symbolText(e.getValue());
            }
        }
        return out;
    }

    /** A status entry as a symbol; null and blank mean "no status". */
    private static String symbolText(JsonNode node) {
        if (node == null || node.isNull() || node.asText().isBlank()) {
            return null;
        }
        return node.asText().strip();
    }

    private static int sparseIndex(String source, String field, String key, int n) {
        try {
            int i = Integer.parseInt(key);
            if (i >= 0 && i < n) {
                return i;
            }
        } catch (NumberFormatException e) {
            // fall through to the error below
        }
        throw new InputException(source, 0, "invalid JSON-stat: '" + field + "' key '" + key
                + "' is not a position below " + n);
    }

    private static Double value(String source, JsonNode node, int flat) {
        if (node == null || node.isNull()) {
            return null;
        }
        if (node.isNumber()) {
            double v = node.asDouble();
            if (!(Math.abs(v) <= CellValue.MAX_VALUE)) {
                throw new InputException(source, 0, "value " + (flat + 1) + " (" + CsvTableReader.shown(node.asText())
                        + ") is too large for a key figure (more than 1e15)");
            }
            return v;
        }
        throw new InputException(source, 0, "invalid JSON-stat: value " + (flat + 1) + " is " + node
                + ", not a number or null");
    }

    /** The dimension with the given role, else the first whose id matches a fallback name. */
    private static int role(JsonNode root, List<Dimension> dims, String role, String... fallbackIds) {
        JsonNode named = root.path("role").path(role);
        if (named.isArray() && named.size() > 0) {
            String id = named.get(0).asText();
            for (int d = 0; d < dims.size(); d++) {
                if (dims.get(d).id().equals(id)) {
                    return d;
                }
            }
        }
        for (String fallback : fallbackIds) {
            for (int d = 0; d < dims.size(); d++) {
                if (dims.get(d).id().toLowerCase(Locale.ROOT).equals(fallback)) {
                    return d;
                }
            }
        }
        if (role.equals("geo")) {
            // SSB names its region dimensions variously (Region, KOKkommuneregion0000, KOKbydelsregion0000).
            for (int d = 0; d < dims.size(); d++) {
                if (dims.get(d).id().toLowerCase(Locale.ROOT).contains("region")) {
                    return d;
                }
            }
        }
        return -1;
    }

    private static int[] years(String source, Dimension time) {
        int[] years = new int[time.codes().size()];
        for (int i = 0; i < years.length; i++) {
            Matcher m = YEAR.matcher(time.codes().get(i).strip());
            if (!m.matches()) {
                throw new InputException(source, 0, "time period '" + time.codes().get(i)
                        + "' is not a year: only annual tables are supported");
            }
            years[i] = Integer.parseInt(m.group(1));
        }
        return years;
    }

    /** Row-major: the last dimension varies fastest. */
    private static void decompose(int flat, List<Dimension> dims, int[] position) {
        int rest = flat;
        for (int d = dims.size() - 1; d >= 0; d--) {
            int size = dims.get(d).codes().size();
            position[d] = rest % size;
            rest /= size;
        }
    }
}
