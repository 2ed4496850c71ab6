package org.alliance;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.AxeResults;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Base for browser tests: Debian's Chromium driven headless by Playwright (no browser download),
 * against the whole application. A missing Chromium fails the test; {@code ./alliance test}
 * installs it first.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class BrowserTest {

  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final List<String> WCAG_TAGS =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

  @LocalServerPort protected int port;
  protected Playwright playwright;
  protected Browser browser;

  @BeforeAll
  void launchChromium() {
    assertThat(Files.isExecutable(CHROMIUM))
        .as("Chromium must be installed at /usr/bin/chromium (./alliance test installs it)")
        .isTrue();
    playwright = Playwright.create();
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync",
                            "--no-first-run")));
  }

  @AfterAll
  void closeChromium() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  protected String url(String path) {
    return "http://localhost:" + port + path;
  }

  /**
   * Runs axe-core against WCAG 2.2 A and AA on the page as it is now, and fails on any violation.
   */
  protected static void assertAccessible(Page page) {
    // Contrast and layout rules read computed styles: checking before the stylesheet has loaded
    // fails at random.
    page.waitForLoadState(com.microsoft.playwright.options.LoadState.LOAD);
    // Legacy mode runs axe.run in the page itself. The default mode runs each frame apart and then
    // opens a second, blank page to merge the results, injecting axe twice: four times as slow
    // (about 1.8 s a page against 0.45 s here), and our pages have no frames to merge.
    AxeResults results = new AxeBuilder(page).withTags(WCAG_TAGS).setLegacyMode(true).analyze();
    List<Rule> violations = results.getViolations();
    assertThat(violations)
        .as(
            () ->
                "accessibility violations on "
                    + page.url()
                    + ":\n"
                    + violations.stream()
                        .map(
                            v ->
                                "- "
                                    + v.getId()
                                    + ": "
                                    + v.getHelp()
                                    + " at "
                                    + v.getNodes().stream()
                                        .map(node -> String.valueOf(node.getTarget()))
                                        .collect(Collectors.joining(", ")))
                        .collect(Collectors.joining("\n")))
        .isEmpty();
  }

  /** A new browser context signed in as a demo user, on their home page. */
  protected Page signedIn(String username) {
    Page page = browser.newContext().newPage();
    page.navigate(url("/sign-in"));
    page.fill("#username", username);
    page.fill("#password", "alliance-demo");
    page.click("#main-content button[type=submit]");
    page.waitForURL(url("/"));
    return page;
  }

  protected static String heading(Page page) {
    return page.locator("h1").first().innerText().trim();
  }
}
