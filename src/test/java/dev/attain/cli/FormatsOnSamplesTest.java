package dev.attain.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.cfg.JsonNodeFeature;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import dev.attain.report.ReportFormat;
import dev.attain.testutil.Run;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.SchemaFactory;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * Every format on every bundled sample, through the command line: each parses as its format,
 * carries every result of the JSON report, gives the same bytes on a second run and in its {@code
 * -o} file, and the file gets ordinary permissions.
 */
class FormatsOnSamplesTest {
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
          .configure(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES, false);

  /** Sample targets files (relative to the repository root) and their number of results. */
  static Stream<Arguments> samples() {
    List<Arguments> out = new ArrayList<>();
    for (String targets : List.of("targets.yaml", "samples/china-2024/targets.yaml", "samples/ytd-counties/targets.yaml")) {
      for (ReportFormat f : ReportFormat.values()) {
        out.add(Arguments.of(targets, f));
      }
    }
    return out.stream();
  }

  @ParameterizedTest(name = "{0} {1}")
  @MethodSource("samples")
  void everyFormatParsesCarriesEveryResultAndIsStable(String targets, ReportFormat format, @TempDir Path dir)
      throws Exception {
    Path root = Run.repoRoot();
    JsonNode json = MAPPER.readTree(Run.of(root, "check", "-t", targets, "-f", "json").out());
    JsonNode results = json.get("results");
    assertThat(results.size()).as("results of %s", targets).isPositive();

    Path file = dir.resolve("report." + format.extension());
    Run first = Run.of(root, "check", "-t", targets, "-f", format.key(), "-o", format.key() + "=" + file);
    byte[] written = Files.readAllBytes(file);
    Run second = Run.of(root, "check", "-t", targets, "-f", format.key(), "-o", format.key() + "=" + file);

    assertThat(first.exit()).as("%s", first).isEqualTo(json.get("summary").get("exit_code").asInt());
    assertThat(first.err()).isEmpty();
    assertThat(second.out()).as("second run, same bytes").isEqualTo(first.out());
    assertThat(written).as("-o file equals standard output").isEqualTo(first.out().getBytes(StandardCharsets.UTF_8));
    assertThat(Files.readAllBytes(file)).as("second -o file").isEqualTo(written);
    assertThat(dir.toFile().list()).as("no temporary file left").containsExactly(file.getFileName().toString());
    assertNormalPermissions(file, dir);

    String out = first.out();
    switch (format) {
      case JSON -> assertThat(schema().validate(MAPPER.readTree(out))).isEmpty();
      case JUNIT -> junit(out, results);
      case CSV -> csv(out, results);
      case HTML -> html(out, results);
      case MARKDOWN -> markdown(out, results);
      case TEXT -> text(out, results);
    }
  }

  static void markdown(String md, JsonNode results) {
    assertThat(md.lines().filter(l -> l.startsWith("| ") && l.matches("\\| \\S+ (PASS|WARN|FAIL|MISSING) \\|.*")))
        .hasSize(results.size());
    // every row of a table has as many cells as its header: a | in a cell is escaped
    int columns = -1;
    for (String line : md.lines().toList()) {
      if (!line.startsWith("|")) {
        columns = -1;
        continue;
      }
      int cells = line.split("(?<!\\\\)\\|", -1).length;
      if (columns < 0) {
        columns = cells;
      }
      assertThat(cells).as(line).isEqualTo(columns);
    }
  }

  static void text(String text, JsonNode results) {
    assertThat(text.lines().filter(l -> l.matches("(PASS|WARN|FAIL|MISSING) .*"))).hasSize(results.size());
  }

  static final ObjectMapper JSON = MAPPER;

  static JsonSchema schema() throws Exception {
    try (InputStream in = ReportFormat.class.getResourceAsStream("/dev/attain/report.schema.json")) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(MAPPER.readTree(in));
    }
  }

  static void junit(String xml, JsonNode results) throws Exception {
    SchemaFactory f = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    f.newSchema(FormatsOnSamplesTest.class.getResource("/junit-xsd/junit-10.xsd")).newValidator()
        .validate(new StreamSource(new StringReader(xml)));
    Document doc = parse(xml);
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    NodeList cases = suite.getElementsByTagName("testcase");
    assertThat(cases.getLength()).isEqualTo(results.size());
    for (int i = 0; i < results.size(); i++) {
      JsonNode r = results.get(i);
      Element c = (Element) cases.item(i);
      String status = r.get("status").asText();
      assertThat(c.getAttribute("classname")).isEqualTo(r.get("entity").asText());
      assertThat(c.getAttribute("name")).startsWith("(" + r.get("id").asText() + ") ");
      boolean failure = status.equals("FAIL") || status.equals("MISSING");
      String facts = status + ": period " + r.get("evaluated_period").asText() + ", actual "; // as JSON says
      assertThat(c.getElementsByTagName("failure").getLength()).as("failure of %s", r).isEqualTo(failure ? 1 : 0);
      if (failure) {
        assertThat(((Element) c.getElementsByTagName("failure").item(0)).getAttribute("message")).startsWith(facts);
      } else {
        assertThat(c.getElementsByTagName("system-out").item(0).getTextContent()).startsWith(facts);
      }
    }
  }

  static void csv(String text, JsonNode results) throws Exception {
    assertThat(text).startsWith("\uFEFF");
    List<CSVRecord> rows;
    List<String> header;
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
        .parse(new StringReader(text.substring(1)))) {
      rows = p.getRecords();
      header = p.getHeaderNames();
    }
    assertThat(rows).hasSize(results.size());
    for (int i = 0; i < results.size(); i++) {
      CSVRecord row = rows.get(i);
      assertThat(row.size()).isEqualTo(header.size());
      Iterator<Map.Entry<String, JsonNode>> fields = results.get(i).fields();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> e = fields.next();
        if (e.getValue().isObject()) {
          e.getValue().fields().forEachRemaining(sub ->
              assertCell(header, row, e.getKey() + "_" + sub.getKey(), sub.getValue()));
        } else if (e.getValue().isNull() && !header.contains(e.getKey())) {
          // an absent object (progress): its flattened columns are all empty
          List<String> columns = header.stream().filter(h -> h.startsWith(e.getKey() + "_")).toList();
          assertThat(columns).as("columns of %s", e.getKey()).isNotEmpty();
          columns.forEach(c -> assertThat(row.get(c)).as(c).isEmpty());
        } else {
          assertCell(header, row, e.getKey(), e.getValue());
        }
      }
    }
  }

  /** The CSV cell of a JSON field holds the same value: numbers as written, text un-neutralised. */
  private static void assertCell(List<String> header, CSVRecord row, String column, JsonNode value) {
    assertThat(header).as("CSV columns").contains(column);
    String cell = row.get(column);
    if (value.isNull()) {
      assertThat(cell).as(column).isEmpty();
    } else if (value.isNumber()) {
      assertThat(cell).as(column).isEqualTo(value.decimalValue().toPlainString());
    } else if (value.isTextual()) {
      String s = value.asText();
      assertThat(cell).as(column).isEqualTo(s.isEmpty() || "=+-@\t\r".indexOf(s.charAt(0)) < 0 ? s : "'" + s);
    } else if (value.isArray()) {
      List<String> items = new ArrayList<>();
      value.forEach(n -> items.add(n.asText()));
      assertThat(cell).as(column).isEqualTo(String.join("; ", items));
    } else {
      assertThat(cell).as(column).isNotEmpty();
    }
  }

  static void html(String html, JsonNode results) throws Exception {
    Document doc = parse(html);
    assertThat(doc.getElementsByTagName("script").getLength()).isZero();
    assertThat(doc.getElementsByTagName("link").getLength()).isZero();
    assertThat(doc.getElementsByTagName("img").getLength()).isZero();
    assertThat(html).doesNotContain("url(").doesNotContain("@import").doesNotContain("http://")
        .doesNotContain("https://");
    Element table = null;
    NodeList tables = doc.getElementsByTagName("table");
    for (int i = 0; i < tables.getLength(); i++) {
      Element t = (Element) tables.item(i);
      if (t.getAttribute("class").equals("results")) {
        table = t;
      }
    }
    assertThat(table).as("table.results").isNotNull();
    NodeList rows = ((Element) table.getElementsByTagName("tbody").item(0)).getElementsByTagName("tr");
    assertThat(rows.getLength()).isEqualTo(results.size());
    for (int i = 0; i < results.size(); i++) {
      String row = rows.item(i).getTextContent();
      assertThat(row).startsWith(results.get(i).get("status").asText()).contains(results.get(i).get("id").asText());
    }
  }

  private static Document parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    return f.newDocumentBuilder().parse(new InputSource(new StringReader(xml)));
  }

  /** Same permissions as a file created the ordinary way in the same folder (skipped off POSIX). */
  private static void assertNormalPermissions(Path file, Path dir) throws Exception {
    if (Files.getFileAttributeView(file, PosixFileAttributeView.class) == null) {
      return;
    }
    Path plain = Files.createFile(dir.resolve("plain"));
    try {
      assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
          .isEqualTo(PosixFilePermissions.toString(Files.getPosixFilePermissions(plain)));
    } finally {
      Files.delete(plain);
    }
  }
}
