package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import javax.sql.DataSource;
import org.alliance.database.SchemaOwner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import picocli.CommandLine;

/**
 * {@code alliance feeds add|list|pull}, pointed at the test application's throw-away database and a
 * publisher on loopback: a mistake is one line and a non-zero exit, never a stack trace.
 */
@AllianceTest
class FeedsCommandTests {

  @Autowired DataSource dataSource;
  @Autowired SchemaOwner schemaOwner;

  private String[] springArguments;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @BeforeEach
  void pointAtTheTestDatabase() throws Exception {
    springArguments =
        TestDatabaseArguments.of(
            dataSource,
            schemaOwner,
            "--alliance.feeds.pause=0ms",
            "--alliance.feeds.allow-private-addresses=true");
  }

  @Test
  void addsListsAndPullsAFeed() throws Exception {
    HttpServer publisher =
        HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    byte[] page;
    try (var in = getClass().getResourceAsStream("/feeds/oruk1-page.json")) {
      page = in.readAllBytes();
    }
    publisher.createContext(
        "/",
        exchange -> {
          exchange.sendResponseHeaders(200, page.length);
          try (OutputStream body = exchange.getResponseBody()) {
            body.write(page);
          }
        });
    publisher.start();
    try {
      String url = "http://127.0.0.1:" + publisher.getAddress().getPort() + "/v1/services";
      assertThat(run("feeds", "add", url, "--format", "oruk1", "--name", "Drinkline"))
          .as(err.toString())
          .isZero();
      assertThat(out.toString())
          .contains("Registered Drinkline (" + url + "), Open Referral UK v1");
      String id = out.toString().replaceAll("(?s).*: id ([0-9a-f-]{36}).*", "$1");

      assertThat(run("feeds", "list")).isZero();
      assertThat(out.toString()).contains(id + "  Drinkline  " + url, "last pull: never");

      assertThat(run("feeds", "pull", id, "--report")).isZero();
      assertThat(out.toString()).contains("Drinkline: 1 pages, 1 records: 1 taken");
    } finally {
      publisher.stop(0);
    }
  }

  @Test
  void mistakesAreOneLineAndANonZeroExit() {
    assertThat(run("feeds", "add", "file:///etc/passwd")).isNotZero();
    assertThat(err.toString())
        .contains("url: Enter the feed's web address")
        .doesNotContain("Exception");
    assertThat(run("feeds", "pull", "not-an-id")).isNotZero();
    assertThat(err.toString()).contains("No feed has the id not-an-id").doesNotContain("Exception");
    assertThat(run("feeds", "pull", "00000000-0000-0000-0000-000000000000")).isNotZero();
    assertThat(err.toString()).contains("No feed has the id").doesNotContain("Exception");
  }

  private int run(String... args) {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    CommandLine command =
        AllianceCommand.commandLine(
            new CommandLine.IFactory() {
              @Override
              public <K> K create(Class<K> type) throws Exception {
                if (type == FeedsCommand.Add.class) {
                  return type.cast(new FeedsCommand.Add(springArguments));
                }
                if (type == FeedsCommand.ListFeeds.class) {
                  return type.cast(new FeedsCommand.ListFeeds(springArguments));
                }
                if (type == FeedsCommand.Pull.class) {
                  return type.cast(new FeedsCommand.Pull(springArguments));
                }
                return CommandLine.defaultFactory().create(type);
              }
            });
    return command
        .setOut(new PrintWriter(out, true))
        .setErr(new PrintWriter(err, true))
        .execute(args);
  }
}
