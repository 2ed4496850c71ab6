package org.alliance.directory.upload;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.alliance.AllianceTest;
import org.alliance.WebSession;
import org.alliance.directory.DirectoryTransfer;
import org.alliance.directory.ImportReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * An upload (or the operator's folder) is only ever read inside itself, and a refusal repeats no
 * more of a file than the offending value, cut short. Over real HTTP, as a browser sends it.
 */
@AllianceTest
class UploadSafetyTests {

  @LocalServerPort int port;
  @Autowired DirectoryTransfer transfer;
  @TempDir Path temp;

  @Test
  void aDataPackageNamingFilesOutsideTheUploadIsRefusedWithoutReadingThem() throws IOException {
    String secret = "upload-secret-" + UUID.randomUUID();
    Path outside = temp.resolve("outside.csv");
    Files.writeString(outside, secret + ",x\n");
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "datapackage.json",
        """
        {"resources": [
          {"name": "service", "path": "%s"},
          {"name": "organization", "path": "/etc/passwd"},
          {"name": "location", "path": "../../../../../../proc/self/environ"}
        ]}"""
            .formatted(outside.toAbsolutePath()));
    HttpResponse<String> response =
        editor().upload("/directory/import", "file", "package.zip", zip(files));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body())
        .contains("package.zip was not imported")
        .contains("resource organization")
        .contains("is an absolute path")
        .contains("leads out of the package")
        .doesNotContain(secret)
        .doesNotContain("root:x:0")
        .doesNotContain("PATH=")
        .doesNotContain("unknown column");
  }

  @Test
  void theOperatorsFolderIsReadOnlyInsideItselfNotThroughLinks() throws IOException {
    String secret = "folder-secret-" + UUID.randomUUID();
    Path elsewhere = Files.createDirectories(temp.resolve("elsewhere"));
    Path target = Files.writeString(elsewhere.resolve("secret.csv"), secret + ",x\n");
    Path folder = Files.createDirectories(temp.resolve("package"));
    Files.writeString(folder.resolve("datapackage.json"), "{\"resources\": []}");
    Files.createSymbolicLink(folder.resolve("services.csv"), target);
    Files.createSymbolicLink(folder.resolve("linked"), elsewhere);
    Files.writeString(
        folder.resolve("datapackage.json"),
        "{\"resources\": [{\"name\": \"organization\", \"path\": \"linked/secret.csv\"}]}");

    ImportReport report = transfer.importFrom(folder);

    assertThat(report.imported()).isFalse();
    assertThat(String.join("\n", report.lines()))
        .contains("resource service: path 'services.csv' is a link to a file outside the package")
        .contains("resource organization: path 'linked/secret.csv' is a link")
        .doesNotContain(secret);
  }

  @Test
  void aRefusalRepeatsAtMostAShortExcerptOfAnyValue() throws IOException {
    String longHeader = "h".repeat(5000);
    String longCell = "c".repeat(5000);
    String organization = UUID.randomUUID().toString();
    Map<String, String> files = new LinkedHashMap<>();
    files.put("datapackage.json", "{\"resources\": []}");
    files.put("organizations.csv", "id,name,description," + longHeader + "\n1,a,b,c\n");
    files.put(
        "services.csv",
        "id,organization_id,name,status\n%s,%s,Excerpt service,active\n"
            .formatted(UUID.randomUUID(), longCell));
    files.put(
        "locations.csv",
        "id,location_type,latitude\n%s,physical,%s\n".formatted(organization, longCell));

    HttpResponse<String> response =
        editor().upload("/directory/import", "file", "package.zip", zip(files));

    assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(response.body()))
        .contains("package.zip was not imported")
        .contains("unknown column 'h")
        .contains("h".repeat(80) + "…")
        .doesNotContain("h".repeat(81))
        .contains("c".repeat(80) + "…")
        .doesNotContain("c".repeat(81));
  }

  static WebSession editor(int port) {
    WebSession editor = WebSession.signedIn(port, "editor", "alliance-demo");
    editor.get("/directory/import");
    return editor;
  }

  private WebSession editor() {
    return editor(port);
  }

  static byte[] zip(Map<String, String> files) throws IOException {
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
