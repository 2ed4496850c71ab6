package org.alliance.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The judged set kept with the code, run on the demo directory: reading people's words must find
 * the expected service in the top three far more often than the words as typed did.
 */
@AllianceTest
class SearchQualityTests {

  @Autowired SearchQuality quality;

  @Test
  void theJudgedSetIsMetFarMoreOftenAsReadThanAsTyped() throws Exception {
    List<SearchQuality.Judged> set = SearchQuality.demoSet();
    assertThat(set).hasSizeGreaterThanOrEqualTo(50);
    SearchQuality.Report report = quality.measure(set);
    // Other tests add services of their own to the shared directory, which may push a demo service
    // out of a top three; the margins allow for a few of those.
    assertThat(report.shareAsRead()).isGreaterThanOrEqualTo(0.85);
    assertThat(report.shareAsRead() - report.shareAsTyped()).isGreaterThanOrEqualTo(0.2);
    assertThat(report.lines().get(report.lines().size() - 1))
        .startsWith("Expected service in the top three: as typed (before) ");
  }

  @Test
  void aJudgedSetNotInTheLayoutIsRefusedWithItsLine() {
    assertThatThrownBy(() -> SearchQuality.read(new StringReader("query,answer\nweed,x\n")))
        .hasMessage("Line 1: the first line must name the columns search,expected");
    assertThatThrownBy(
            () -> SearchQuality.read(new StringReader("search,expected\nweed,Some service\n,\n")))
        .hasMessage("Line 3: give a search and at least one expected service");
    assertThatThrownBy(
            () -> SearchQuality.read(new StringReader("search,expected\n\"weed,never closed\n")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("The file is not readable CSV");
  }
}
