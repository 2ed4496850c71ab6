package org.alliance.directory.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Uploads are bounded while they stream and a broken file is a clear error on the page, never a
 * 500. The test profile's limits are small (application-test.properties): 2 MB a file, 1 MB an
 * entry unpacked, 3 MB a zip unpacked, 40 entries.
 */
@AllianceTest
class UploadLimitsTests {

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;

  @Test
  void aZipEntryUnpackingPastItsLimitIsRefused() throws IOException {
    byte[] bomb = zip(Map.of("datapackage.json", "{}", "services.csv", "0".repeat(2_000_000)));
    assertThat(bomb.length).as("a small zip").isLessThan(20_000);

    assertRefused(
        upload("bomb.zip", bomb), "bomb.zip: services.csv in the zip unpacks to more than 1 MB");
  }

  @Test
  void aZipUnpackingPastItsTotalIsRefused() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("datapackage.json", "{}");
    for (int i = 0; i < 4; i++) {
      files.put("extra" + i + ".csv", "1".repeat(900_000));
    }

    assertRefused(upload("wide.zip", zip(files)), "wide.zip: The zip unpacks to more than 3 MB");
  }

  @Test
  void aZipOfTooManyEntriesIsRefused() throws IOException {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("datapackage.json", "{}");
    for (int i = 0; i < 60; i++) {
      files.put("many" + i + ".csv", "id\n");
    }

    assertRefused(upload("many.zip", zip(files)), "many.zip: The zip holds more than 40 files");
  }

  @Test
  void brokenAndUnsafeZipsAreClearErrors() throws IOException {
    byte[] broken = zip(Map.of("datapackage.json", "{\"resources\": []}"));
    broken[30] = 'X'; // inside the first entry's local header

    assertRefused(
        upload("notzip.zip", "hello".getBytes(StandardCharsets.UTF_8)),
        "notzip.zip: The file is not a zip");
    assertThat(upload("broken.zip", java.util.Arrays.copyOf(broken, 40)).statusCode())
        .isEqualTo(200);
    assertRefused(
        upload("escape.zip", zip(Map.of("../../escape.csv", "id\n"))),
        "escape.zip: The zip holds a file named '../../escape.csv', which would be written outside the upload");
  }

  @Test
  void aFileLargerThanTheLimitIsRefusedWhileItStreams() {
    String big = "[" + " ".repeat(3 * 1024 * 1024) + "]";

    HttpResponse<String> response = upload("big.json", big.getBytes(StandardCharsets.UTF_8));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(response.body())
        .contains("Import directory data", "The file is larger than 2 MB; split it up");
  }

  @Test
  void uploadsAreAuditedAsTheUploaderWithWhatChangedOrWhyNot() {
    String organization = UUID.randomUUID().toString();
    String service = UUID.randomUUID().toString();
    String json =
        """
        {"id": "%s", "name": "Audited upload group", "status": "active",
         "organization": {"id": "%s", "name": "Audited Upload Trust", "description": "Testing"}}
        """
            .formatted(service, organization);

    upload("audited-" + service + ".json", json.getBytes(StandardCharsets.UTF_8));
    upload(
        "refused-" + service + ".json",
        json.replace("\"active\"", "\"open all hours\"").getBytes(StandardCharsets.UTF_8));
    upload("bomb-" + service + ".zip", "hello".getBytes(StandardCharsets.UTF_8));

    assertThat(audit("directory.import-uploaded", "audited-" + service + ".json"))
        .startsWith("editor: Imported: ")
        .contains("service " + service, "organization " + organization);
    assertThat(audit("directory.import-refused", "refused-" + service + ".json"))
        .startsWith("editor: 1 problem, first: refused-" + service + ".json")
        .contains("status");
    assertThat(audit("directory.import-refused", "bomb-" + service + ".zip"))
        .isEqualTo("editor: The file is not a zip, or the zip is empty");
  }

  private String audit(String action, String subject) {
    return jdbc.sql(
            "select actor_username || ': ' || detail from audit.audit_event where action = ? and subject_id = ?")
        .param(action)
        .param(subject)
        .query(String.class)
        .optional()
        .orElse("(not audited)");
  }

  private static void assertRefused(HttpResponse<String> response, String message) {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(response.body()))
        .contains(message);
  }

  private HttpResponse<String> upload(String name, byte[] content) {
    WebSession editor = WebSession.signedIn(port, "editor", "alliance-demo");
    editor.get("/directory/import");
    return editor.upload("/directory/import", "file", name, content);
  }

  private static byte[] zip(Map<String, String> files) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> file : files.entrySet()) {
        zip.putNextEntry(new ZipEntry(file.getKey()));
        zip.write(file.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    }
    return bytes.toByteArray();
  }
}
