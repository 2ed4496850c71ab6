package org.alliance.support.measure;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.time.LocalDate;
import java.util.UUID;
import org.alliance.BrowserTest;
import org.alliance.identity.UserAccounts;
import org.alliance.organisation.Organisations;
import org.alliance.support.SupportFixture;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A practitioner records the demo recovery-capital measure at the start and at a review, with the
 * keyboard alone, and sees the change; every page passes axe-core.
 */
class MeasureJourneyTest extends BrowserTest {

  @Autowired JdbcClient jdbc;
  @Autowired UserAccounts users;
  @Autowired Organisations organisations;

  @Test
  void recordAMeasureTwiceAndSeeTheChangeWithTheKeyboardAlone() {
    SupportFixture fixture = new SupportFixture(jdbc, users, organisations);
    UUID person =
        fixture.person(
            "Zqjourney", "Zqmeasures", LocalDate.of(1988, 8, 8), fixture.user("practitioner"));
    Page page = signedIn("practitioner");
    page.navigate(url("/people/" + person + "/measures"));
    assertThat(heading(page)).isEqualTo("Outcome measures");
    assertThat(page.locator("#due + table").innerText()).contains("made up for the demo");
    assertAccessible(page);

    tabTo(page, "a[href*='measure=DEMO-RC']");
    follow(page);
    assertThat(heading(page))
        .isEqualTo("Brackenshire recovery capital check (made up for the demo)");
    assertThat(page.locator("#stage").isChecked()).as("the start, as the due link said").isTrue();
    assertAccessible(page);
    answerEveryItem(page, 1); // strongly disagree
    tabTo(page, "button.govuk-button");
    follow(page);
    assertThat(page.locator(".govuk-notification-banner").innerText()).contains("is recorded");
    assertAccessible(page);

    tabTo(page, "a[href$='/measures/new']");
    follow(page);
    assertThat(heading(page)).isEqualTo("Record a measure");
    assertAccessible(page);
    tabTo(page, "a[href*='measure=DEMO-RC']");
    follow(page);
    tabTo(page, "#stage");
    page.keyboard().press("ArrowRight"); // review
    assertThat(page.locator("#stage-review").isChecked()).isTrue();
    answerEveryItem(page, 4); // agree
    tabTo(page, "button.govuk-button");
    follow(page);
    assertThat(page.locator(".govuk-notification-banner").innerText()).contains("is recorded");

    String change = page.locator("#change ~ table").first().innerText();
    // Raw 18 at the start (reversed items count 5) is 20; raw 36 at the review is 65.
    assertThat(change)
        .contains("Recovery capital (0 to 100) (score)\t20\t65\t+45\tBetter")
        .contains("I feel alone most of the time\tStrongly disagree\tAgree")
        .contains("Worse");
    assertAccessible(page);
  }

  /**
   * Each item's radios: Tab lands on the checked one ("Not answered", last); the arrow keys move
   * round the group, checking as they go.
   */
  private static void answerEveryItem(Page page, int choice) {
    for (int item = 1; item <= 10; item++) {
      tabTo(page, "input[name='item-RC" + item + "']");
      for (int i = 0; i < choice; i++) {
        page.keyboard().press("ArrowDown");
      }
    }
  }

  /** Presses Enter on the focused link or button and waits for the page it leads to. */
  @SuppressWarnings("deprecation")
  private static void follow(Page page) {
    page.waitForNavigation(() -> page.keyboard().press("Enter"));
    page.waitForLoadState();
  }

  /** Presses Tab until the element matching the selector has the focus. */
  private static void tabTo(Page page, String selector) {
    for (int presses = 0; presses < 300; presses++) {
      Object focused =
          page.evaluate(
              "s => document.activeElement && document.activeElement.matches(s)", selector);
      if (Boolean.TRUE.equals(focused)) {
        return;
      }
      page.keyboard().press("Tab");
    }
    throw new AssertionError("Tab never reached " + selector);
  }
}
