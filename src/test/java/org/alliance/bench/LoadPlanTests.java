package org.alliance.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LoadPlanTests {

  @TempDir Path temp;

  @Test
  void aPlanWithoutCommonTextRoundTripsWithoutExpectingTheWordNull() throws Exception {
    LoadPlan plan =
        new LoadPlan(
            "scenarios",
            null,
            false,
            "http://127.0.0.1:1",
            List.of("SESSION=a", "SESSION=b"),
            Map.of(0, List.of(LoadPlan.Request.get("/x?scenario=A&scenario=B"))),
            Map.of(0, List.of("scenario-a", "</html>")),
            null);

    LoadPlan read = LoadPlan.read(plan.write(temp.resolve("plan.tsv")));

    assertThat(read.expect()).isNull();
    assertThat(read.clients()).isEqualTo(2);
    assertThat(read.requests().get(0).get(0).path()).isEqualTo("/x?scenario=A&scenario=B");
    assertThat(read.holdsWhatIsExpected(0, "<p>scenario-a</p></html>")).isTrue();
    assertThat(read.holdsWhatIsExpected(0, "<p>scenario-b</p></html>")).isFalse();
    assertThat(read.holdsWhatIsExpected(1, "anything")).isTrue();
  }

  @Test
  void commonTextAndRefusalSurviveTheFile() throws Exception {
    LoadPlan plan =
        new LoadPlan(
            "register",
            "Contract register",
            true,
            "http://127.0.0.1:1",
            List.of("SESSION=a"),
            Map.of(0, List.of(LoadPlan.Request.post("/p", "a=1&b=2"))),
            Map.of(),
            "No contracts");

    LoadPlan read = LoadPlan.read(plan.write(temp.resolve("plan.tsv")));

    assertThat(read.expect()).isEqualTo("Contract register");
    assertThat(read.redirectOk()).isTrue();
    assertThat(read.requests().get(0).get(0).body()).isEqualTo("a=1&b=2");
    assertThat(read.holdsWhatIsExpected(0, "Contract register")).isTrue();
    assertThat(read.holdsWhatIsExpected(0, "Contract register. No contracts")).isFalse();
  }
}
