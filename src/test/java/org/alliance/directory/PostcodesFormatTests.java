package org.alliance.directory;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PostcodesFormatTests {

  @Test
  void tidiesWhateverPeopleType() {
    assertThat(Postcodes.normalise("bk1 2ab")).contains("BK12AB");
    assertThat(Postcodes.normalise(" BK12AB ")).contains("BK12AB");
    assertThat(Postcodes.normalise("Bk10\t2aQ")).contains("BK102AQ");
    assertThat(Postcodes.normalise("sw1a 1aa")).contains("SW1A1AA");
    assertThat(Postcodes.normalise("B1  1AA")).contains("B11AA");
  }

  @Test
  void refusesWhatIsNotAPostcode() {
    assertThat(Postcodes.normalise(null)).isEmpty();
    assertThat(Postcodes.normalise("")).isEmpty();
    assertThat(Postcodes.normalise("BK1")).isEmpty();
    assertThat(Postcodes.normalise("12 Tanner's Row")).isEmpty();
    assertThat(Postcodes.normalise("BK1 2A")).isEmpty();
    assertThat(Postcodes.normalise("BK1 2ABC")).isEmpty();
  }

  @Test
  void showsPostcodesWithTheirSpace() {
    assertThat(Postcodes.display("BK12AB")).isEqualTo("BK1 2AB");
    assertThat(Postcodes.display("bk102aq")).isEqualTo("BK10 2AQ");
  }
}
