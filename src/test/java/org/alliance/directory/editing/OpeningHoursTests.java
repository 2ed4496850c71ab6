package org.alliance.directory.editing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class OpeningHoursTests {

  private static JsonNode json(String text) {
    return JsonMapper.shared().readTree(text);
  }

  @Test
  void weeklySingleSlotsBecomeAWeekAndBackAgain() {
    JsonNode schedules =
        json(
            """
        [{"id":"a","freq":"WEEKLY","byday":"MO,TU,WE","opens_at":"09:00:00","closes_at":"17:00:00","description":"Weekdays"},
         {"id":"b","freq":"WEEKLY","byday":"TH","opens_at":"09:00","closes_at":"19:00"}]""");
    OpeningHours week = OpeningHours.of(schedules).orElseThrow();
    assertThat(week.opens()).containsExactly("09:00", "09:00", "09:00", "09:00", "", "", "");
    assertThat(week.closes()).containsExactly("17:00", "17:00", "17:00", "19:00", "", "", "");
    assertThat(week.problems()).isEmpty();
    assertThat(week.schedules().toString())
        .contains("\"byday\":\"MO,TU,WE\"", "\"byday\":\"TH\"", "\"closes_at\":\"19:00:00\"");
  }

  @Test
  void richerSchedulesAreLeftAlone() {
    assertThat(
            OpeningHours.of(
                json(
                    """
        [{"id":"a","freq":"MONTHLY","byday":"1MO","opens_at":"09:00","closes_at":"12:00"}]""")))
        .isEmpty();
    assertThat(
            OpeningHours.of(
                json(
                    """
        [{"id":"a","freq":"WEEKLY","byday":"MO","opens_at":"09:00","closes_at":"12:00"},
         {"id":"b","freq":"WEEKLY","byday":"MO","opens_at":"13:00","closes_at":"17:00"}]""")))
        .as("two sessions a day")
        .isEmpty();
    assertThat(
            OpeningHours.of(
                json(
                    """
        [{"id":"a","freq":"WEEKLY","byday":"MO","opens_at":"09:00","closes_at":"12:00","valid_to":"2026-12-01"}]""")))
        .as("dates of validity")
        .isEmpty();
  }

  @Test
  void timesAreReadAsPeopleWriteThem() {
    assertThat(OpeningHours.parse("9")).contains(LocalTime.of(9, 0));
    assertThat(OpeningHours.parse("9.30")).contains(LocalTime.of(9, 30));
    assertThat(OpeningHours.parse("5:30pm")).contains(LocalTime.of(17, 30));
    assertThat(OpeningHours.parse("12am")).contains(LocalTime.MIDNIGHT);
    assertThat(OpeningHours.parse("12pm")).contains(LocalTime.NOON);
    assertThat(OpeningHours.parse("25:00")).isEmpty();
    assertThat(OpeningHours.parse("13pm")).isEmpty();
    assertThat(OpeningHours.parse("noonish")).isEmpty();
  }

  @Test
  void eachDayIsChecked() {
    OpeningHours week =
        new OpeningHours(
            List.of("09:00", "", "17:00", "x"), List.of("", "10:00", "09:00", "10:00"));
    assertThat(week.problems()).containsOnlyKeys(0, 1, 2, 3);
    assertThat(week.problems().get(0))
        .isEqualTo("Enter the time it closes on Monday, or leave both times empty if it is closed");
    assertThat(week.problems().get(2))
        .isEqualTo("The closing time on Wednesday must be after the opening time");
  }
}
