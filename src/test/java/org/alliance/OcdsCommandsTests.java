package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.RandomAccessFile;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.alliance.commissioning.ocds.OcdsSchema;
import org.alliance.database.SchemaOwner;
import org.alliance.organisation.Organisation;
import org.alliance.organisation.Organisations;
import org.alliance.organisation.Relationship;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.simple.JdbcClient;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code ./alliance export-ocds} and {@code import-ocds}: both views written and valid, a round
 * trip keeping every field the register models, the Open Contracting Partnership's fictional
 * example read with what it could not keep reported, and bad files refused in one line with exit
 * code 2 and nothing imported.
 */
@AllianceTest
class OcdsCommandsTests {

  private static final JsonMapper JSON =
      JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();

  @TempDir Path temp;
  @Autowired SchemaOwner owner;
  @Autowired JdbcClient jdbc;
  @Autowired Organisations organisations;
  @Autowired OcdsSchema schema;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();
  private final ByteArrayOutputStream console = new ByteArrayOutputStream();
  private PrintStream systemOut;
  private PrintStream systemErr;
  private final String tag = UUID.randomUUID().toString().substring(0, 6);

  @BeforeEach
  void useTheTestsDatabase() throws Exception {
    try (Connection connection = owner.dataSource().getConnection()) {
      System.setProperty("DATABASE_URL", connection.getMetaData().getURL() + "?user=postgres");
    }
    System.setProperty("ALLIANCE_DATA_DIR", temp.resolve("data").toString());
    systemOut = System.out;
    systemErr = System.err;
    System.setOut(new PrintStream(console, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(console, true, StandardCharsets.UTF_8));
  }

  /**
   * The contracts this test made or imported go, so that pages other tests read in the same
   * database (the register's published table, with its totals) are as the demo made them.
   */
  @AfterEach
  void putThemBack() {
    jdbc.sql("delete from commissioning.contract where reference like '%' || :tag || '%'")
        .param("tag", tag)
        .update();
    System.setOut(systemOut);
    System.setErr(systemErr);
    System.clearProperty("DATABASE_URL");
    System.clearProperty("ALLIANCE_DATA_DIR");
  }

  @Test
  void bothViewsAreWrittenAndValid() throws Exception {
    Path publicFile = temp.resolve("public.json");
    Path councilsFile = temp.resolve("councils.json");
    assertThat(run("export-ocds", publicFile.toString())).as(everything()).isZero();
    assertThat(run("export-ocds", councilsFile.toString(), "--view", "councils"))
        .as(everything())
        .isZero();
    JsonNode publicPackage = JSON.readTree(publicFile.toFile());
    JsonNode councilsPackage = JSON.readTree(councilsFile.toFile());
    assertThat(schema.problems(publicPackage)).isEmpty();
    assertThat(schema.problems(councilsPackage)).isEmpty();
    assertThat(publicPackage.toString()).doesNotContain("sharePercent", "fundingSource");
    assertThat(councilsPackage.toString()).contains("sharePercent", "fundingSource");
    assertThat(publicPackage.path("releases").size())
        .isEqualTo(councilsPackage.path("releases").size())
        .isPositive();
    assertThat(Files.list(temp).map(p -> p.getFileName().toString()))
        .as("no partial file is left behind")
        .noneMatch(name -> name.endsWith(".part"));
  }

  @Test
  void aRoundTripKeepsEveryFieldTheRegisterModels() throws Exception {
    UUID original = richContract("ZqOC" + tag);
    Path file = temp.resolve("councils.json");
    assertThat(run("export-ocds", file.toString(), "--view", "councils")).as(everything()).isZero();
    ObjectNode pack = (ObjectNode) JSON.readTree(file.toFile());
    ArrayNode only = JSON.createArrayNode();
    pack.path("releases")
        .forEach(
            r -> {
              if (r.path("ocid").asString().endsWith("ZqOC" + tag)) {
                only.add(r);
              }
            });
    assertThat(only).hasSize(1);
    pack.set("releases", only);
    Files.writeString(file, JSON.writeValueAsString(pack));
    assertThat(run("import-ocds", file.toString(), "--reference-prefix", "RT-"))
        .as(everything())
        .isZero();
    assertThat(out.toString()).contains("Imported 1 contract", "RT-ZqOC" + tag);
    UUID copy =
        jdbc.sql("select id from commissioning.contract where reference = :r")
            .param("r", "RT-ZqOC" + tag)
            .query(UUID.class)
            .single();
    assertThat(canonical(copy)).isEqualTo(canonical(original));
    assertThat(run("import-ocds", file.toString(), "--reference-prefix", "RT-"))
        .as("a second import of the same references is refused, nothing written")
        .isEqualTo(1);
    assertThat(err.toString()).contains("already has a contract with the reference RT-ZqOC" + tag);
  }

  @Test
  void theFictionalExampleKeepsEveryFieldTheRegisterModels() throws Exception {
    Path file = temp.resolve("sample.json");
    try (InputStream in =
        new ClassPathResource("ocds/ocds-213czf-000-00001.json").getInputStream()) {
      Files.copy(in, file);
    }
    assertThat(schema.problems(JSON.readTree(file.toFile()))).isEmpty();
    String prefix = "Zq" + tag + "-";
    UUID barnet = null;
    try {
      assertThat(run("import-ocds", file.toString(), "--reference-prefix", prefix))
          .as(everything())
          .isZero();
      String report = out.toString();
      assertThat(report)
          .contains("Imported 1 contract from sample.json (6 releases)")
          .contains("added the commissioning council London Borough of Barnet")
          .contains("tender.procurementMethod")
          .contains("contracts[].implementation")
          .contains("the register keeps https links only")
          .contains("maxExtentDate");
      var row =
          jdbc.sql(
                  """
                  select id, service, description, status, start_on, end_on, host_council_id
                    from commissioning.contract where reference = :r
                  """)
              .param("r", prefix + "ocds-213czf-000-00001")
              .query()
              .singleRow();
      UUID contract = (UUID) row.get("id");
      barnet = (UUID) row.get("host_council_id");
      assertThat(row.get("service"))
          .isEqualTo("Contract to build new cycle lanes in the centre of town.");
      assertThat((String) row.get("description")).startsWith("A contract has been signed");
      assertThat(row.get("status")).isEqualTo("active");
      assertThat(row.get("start_on").toString()).isEqualTo("2010-07-01");
      assertThat(row.get("end_on").toString()).isEqualTo("2011-06-30");
      Organisation council = organisations.find(barnet).orElseThrow();
      assertThat(council.name()).isEqualTo("London Borough of Barnet");
      assertThat(council.relationship()).isEqualTo(Relationship.COMMISSIONER);
      assertThat(
              jdbc.sql("select percent from commissioning.contract_council where contract_id = :c")
                  .param("c", contract)
                  .query(BigDecimal.class)
                  .single())
          .isEqualByComparingTo("100");
      assertThat(
              jdbc.sql(
                      "select name || '/' || role from commissioning.contract_provider"
                          + " where contract_id = :c order by position")
                  .param("c", contract)
                  .query(String.class)
                  .list())
          .containsExactly("AnyCorp Cycle Provision/prime");
      assertThat(
              jdbc.sql(
                      "select financial_year || '=' || amount from commissioning.contract_value"
                          + " where contract_id = :c")
                  .param("c", contract)
                  .query(String.class)
                  .list())
          .containsExactly("2010=11000000.00");
      assertThat(
              jdbc.sql(
                      "select months || '/' || state from commissioning.extension_option"
                          + " where contract_id = :c")
                  .param("c", contract)
                  .query(String.class)
                  .list())
          .containsExactly("6/open");
    } finally {
      jdbc.sql("delete from commissioning.contract where reference = :r")
          .param("r", prefix + "ocds-213czf-000-00001")
          .update();
      if (barnet != null) {
        // Other tests count the commissioning councils; the example's council goes again.
        jdbc.sql("delete from organisation.organisation where id = :id")
            .param("id", barnet)
            .update();
      }
    }
  }

  @Test
  void badFilesAreOneLineWithExitCodeTwo() throws Exception {
    assertBad(run("import-ocds", temp.resolve("missing.json").toString()), "no such file");
    assertBad(run("import-ocds", temp.toString()), "it is a folder");
    Path notJson = Files.writeString(temp.resolve("not.json"), "<html>not json</html>");
    assertBad(run("import-ocds", notJson.toString()), "Cannot import not.json: not JSON");
    Path wrong = Files.writeString(temp.resolve("wrong.json"), "{\"releases\": 3}");
    assertBad(
        run("import-ocds", wrong.toString()),
        "Cannot import wrong.json: not a valid OCDS 1.1 release package");
    Path huge = temp.resolve("huge.json");
    try (RandomAccessFile file = new RandomAccessFile(huge.toFile(), "rw")) {
      file.setLength(51L * 1024 * 1024);
    }
    assertBad(run("import-ocds", huge.toString()), "larger than 50 MB");
    assertBad(run("export-ocds", temp.toString()), "it is a folder, not a file");
    assertThat(run("export-ocds", temp.resolve("x.json").toString(), "--view", "everyone"))
        .isEqualTo(2);
    assertThat(err.toString()).contains("--view is public or councils");
  }

  @Test
  void hostileValuesAreRefusedClearlyOrStoredAsText() throws Exception {
    String big = "x".repeat(1024 * 1024);
    Path hostile = temp.resolve("hostile.json");
    Files.writeString(
        hostile, JSON.writeValueAsString(pack("Zq" + tag + "-NUL", "Zq\u0000title", big)));
    assertThat(run("import-ocds", hostile.toString())).as(everything()).isEqualTo(1);
    assertThat(err.toString())
        .contains("Refused: 2 problems in hostile.json, nothing was imported")
        .contains("contains a NUL character")
        .contains("longer than 4000 characters (1048576)");
    assertThat(everything()).doesNotContain("\tat ", "Exception");
    assertThat(
            jdbc.sql("select count(*) from commissioning.contract where reference = :r")
                .param("r", "Zq" + tag + "-NUL")
                .query(Integer.class)
                .single())
        .isZero();
    err.getBuffer().setLength(0);
    String markup = "<script>alert('Zq')</script> & \"quotes\"";
    Path marked = temp.resolve("markup.json");
    Files.writeString(marked, JSON.writeValueAsString(pack("Zq" + tag + "-MK", markup, "ok")));
    assertThat(run("import-ocds", marked.toString())).as(everything()).isZero();
    assertThat(
            jdbc.sql("select service from commissioning.contract where reference = :r")
                .param("r", "Zq" + tag + "-MK")
                .query(String.class)
                .single())
        .as("markup is kept as text; pages escape it")
        .isEqualTo(markup);
  }

  // ---- helpers ----

  private ObjectNode pack(String ocid, String title, String description) {
    UUID council = councils().get(0);
    ObjectNode pack = JSON.createObjectNode();
    pack.put("uri", "https://example.invalid/p");
    pack.put("version", "1.1");
    pack.put("publishedDate", "2025-01-01T00:00:00Z");
    pack.putObject("publisher").put("name", "Zq");
    ObjectNode release = pack.putArray("releases").addObject();
    release.put("ocid", ocid);
    release.put("id", ocid + "-1");
    release.put("date", "2025-01-01T00:00:00Z");
    release.putArray("tag").add("contract");
    release.put("initiationType", "tender");
    ObjectNode party = release.putArray("parties").addObject();
    party.put("id", "org-" + council);
    party.put("name", "whatever");
    party.putArray("roles").add("buyer");
    ObjectNode contract = release.putArray("contracts").addObject();
    contract.put("id", "c1");
    contract.put("awardID", "a1");
    contract.put("title", title);
    contract.put("description", description);
    contract.put("status", "active");
    ObjectNode period = contract.putObject("period");
    period.put("startDate", "2025-04-01T00:00:00+01:00");
    period.put("endDate", "2027-03-31T23:59:59+01:00");
    return pack;
  }

  private List<UUID> councils() {
    return organisations.all().stream()
        .filter(o -> o.relationship() == Relationship.COMMISSIONER)
        .sorted((a, b) -> a.name().compareTo(b.name()))
        .map(Organisation::id)
        .toList();
  }

  /** A contract with something in every table the register has, made directly. */
  private UUID richContract(String reference) {
    List<UUID> councils = councils();
    UUID north = councils.get(0);
    UUID west = councils.get(1);
    UUID member =
        organisations.all().stream()
            .filter(o -> o.relationship() == Relationship.MEMBER)
            .findFirst()
            .orElseThrow()
            .id();
    UUID id =
        jdbc.sql(
                """
                insert into commissioning.contract (reference, service, description, status,
                  start_on, end_on, notice_months, host_council_id)
                values (:r, 'Zq round trip <b>service</b>', 'Zq description', 'ending',
                  '2022-04-01', '2026-03-31', 6, :host) returning id
                """)
            .param("r", reference)
            .param("host", west)
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            insert into commissioning.contract_council (contract_id, council_id, percent)
            values (:id, :north, 48.6123), (:id, :west, 51.3877)
            """)
        .param("id", id)
        .param("north", north)
        .param("west", west)
        .update();
    jdbc.sql(
            """
            insert into commissioning.contract_provider (contract_id, position, name,
              organisation_id, role)
            values (:id, 1, 'Zq Prime', null, 'prime'), (:id, 2, 'Zq Member', :member, 'member'),
                   (:id, 3, 'Zq Sub', null, 'subcontractor')
            """)
        .param("id", id)
        .param("member", member)
        .update();
    jdbc.sql(
            """
            insert into commissioning.extension_option (contract_id, position, months, decide_by,
              state, decided_on)
            values (:id, 1, 12, '2025-09-30', 'taken', :decided),
                   (:id, 2, 24, '2026-09-30', 'declined', '2026-01-15'),
                   (:id, 3, 6, '2027-09-30', 'open', null)
            """)
        .param("id", id)
        .param("decided", LocalDate.of(2025, 9, 1))
        .update();
    jdbc.sql(
            """
            insert into commissioning.contract_value (contract_id, financial_year, amount)
            values (:id, 2023, 1000000.01), (:id, 2024, 1234567.89)
            """)
        .param("id", id)
        .update();
    jdbc.sql(
            """
            insert into commissioning.funding_source (contract_id, financial_year, kind, name,
              amount, council_id, level, created_at)
            values (:id, 2023, 'core-public-health-grant', 'Zq core', 900000.00, null,
                    'pooled-budget', clock_timestamp()),
                   (:id, 2023, 'partner-contribution', 'Zq partner', 100000.01, :north,
                    'aligned-budgets', clock_timestamp()),
                   (:id, 2024, 'named-grant', 'Zq grant', 5.50, :west, 'single-agency',
                    clock_timestamp())
            """)
        .param("id", id)
        .param("north", north)
        .param("west", west)
        .update();
    jdbc.sql(
            """
            insert into commissioning.contract_document (contract_id, title, url, added_at)
            values (:id, 'Zq contract', 'https://docs.example/zq?a=1&b=2', clock_timestamp()),
                   (:id, 'Zq variation', 'https://docs.example/zq-variation', clock_timestamp())
            """)
        .param("id", id)
        .update();
    return id;
  }

  /** Everything the register holds about a contract, but its id and reference, as one text. */
  private String canonical(UUID id) {
    return String.join(
        "\n",
        jdbc.sql(
                """
                select concat_ws('|', service, description, status, start_on, end_on,
                  notice_months, host_council_id) from commissioning.contract where id = :id
                """)
            .param("id", id)
            .query(String.class)
            .single(),
        String.join(
            ",",
            rows(
                "select council_id || '=' || percent from commissioning.contract_council"
                    + " where contract_id = :id order by council_id",
                id)),
        String.join(
            ",",
            rows(
                "select concat_ws('/', position, name, organisation_id, role)"
                    + " from commissioning.contract_provider where contract_id = :id"
                    + " order by position",
                id)),
        String.join(
            ",",
            rows(
                "select concat_ws('/', position, months, decide_by, state, decided_on)"
                    + " from commissioning.extension_option where contract_id = :id"
                    + " order by position",
                id)),
        String.join(
            ",",
            rows(
                "select financial_year || '=' || amount from commissioning.contract_value"
                    + " where contract_id = :id order by financial_year",
                id)),
        String.join(
            ",",
            rows(
                "select concat_ws('/', financial_year, kind, name, amount, council_id, level)"
                    + " from commissioning.funding_source where contract_id = :id"
                    + " order by created_at, id",
                id)),
        String.join(
            ",",
            rows(
                "select title || ' ' || url from commissioning.contract_document"
                    + " where contract_id = :id order by added_at, id",
                id)));
  }

  private List<String> rows(String sql, UUID id) {
    return jdbc.sql(sql).param("id", id).query(String.class).list();
  }

  private void assertBad(int exitCode, String expected) {
    String all = everything();
    assertThat(exitCode).as(all).isEqualTo(1);
    assertThat(err.toString().strip()).as(all).contains(expected).doesNotContain("\n");
    assertThat(all).doesNotContain("\tat ", "Exception");
    err.getBuffer().setLength(0);
  }

  private String everything() {
    return out + "\n" + err + "\n" + console.toString(StandardCharsets.UTF_8);
  }

  private int run(String... args) {
    return AllianceCommand.commandLine()
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
