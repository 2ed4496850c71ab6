package org.alliance;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.deque.html.axecore.results.Rule;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;

/**
 * A real browser signed in to the running application, checking pages with axe-core against WCAG
 * 2.2 AA. Browsers are not downloaded by the build, so it uses the machine's Chromium (or the one
 * named by CHROMIUM) and skips the check where there is none.
 */
public final class AccessibilityCheck implements AutoCloseable {

  private static final List<String> WCAG_22_AA =
      List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa");

  private final String base;
  private final Playwright playwright;
  private final Browser browser;
  private final Page page;

  private AccessibilityCheck(int port, Path chromium) {
    this.base = "http://localhost:" + port;
    this.playwright = Playwright.create();
    this.browser = playwright.chromium().launch(new BrowserType.LaunchOptions().setExecutablePath(chromium));
    this.page = browser.newPage();
  }

  public static AccessibilityCheck signedIn(int port, String username, String password) {
    Optional<Path> chromium = Stream.of(System.getenv("CHROMIUM"), "/usr/bin/chromium", "/usr/bin/chromium-browser")
        .filter(name -> name != null && !name.isBlank())
        .map(Path::of)
        .filter(Files::isExecutable)
        .findFirst();
    Assumptions.assumeTrue(chromium.isPresent(), "no Chromium to check accessibility with");
    AccessibilityCheck check = new AccessibilityCheck(port, chromium.get());
    check.page.navigate(check.base + "/sign-in");
    check.page.fill("#username", username);
    check.page.fill("#password", password);
    check.page.click("#main-content button[type=submit]");
    check.page.waitForURL(check.base + "/");
    return check;
  }

  /** The page a path leads to, for filling in and submitting forms before checking. */
  public Page open(String path) {
    page.navigate(base + path);
    return page;
  }

  /** The WCAG 2.2 AA failures on the page as it is now, described for a failure message. */
  public List<String> violations() {
    List<Rule> rules = new AxeBuilder(page).withTags(WCAG_22_AA).analyze().getViolations();
    return rules.stream()
        .map(rule -> page.url() + ": " + rule.getId() + " " + rule.getHelp() + " " + rule.getNodes().stream()
            .map(node -> node.getTarget().toString()).toList())
        .toList();
  }

  @Override
  public void close() {
    browser.close();
    playwright.close();
  }
}
