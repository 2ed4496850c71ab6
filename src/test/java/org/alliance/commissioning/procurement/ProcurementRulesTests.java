package org.alliance.commissioning.procurement;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The ranking's arithmetic and the standstill's count, without the application. */
class ProcurementRulesTests {

  @Test
  void weightedTotalsAreExactAndEqualTotalsShareARank() {
    UUID q1 = UUID.randomUUID();
    UUID q2 = UUID.randomUUID();
    UUID pf = UUID.randomUUID();
    List<Ranking.Question> questions =
        List.of(
            new Ranking.Question(pf, "Zq insurance", "pass-fail", null, null),
            new Ranking.Question(q1, "Zq quality", "scored", 5, new BigDecimal("33.33")),
            new Ranking.Question(q2, "Zq price", "scored", 100, new BigDecimal("66.67")));
    Ranking.Bidder a = new Ranking.Bidder(UUID.randomUUID(), "A");
    Ranking.Bidder b = new Ranking.Bidder(UUID.randomUUID(), "B");
    Ranking.Bidder c = new Ranking.Bidder(UUID.randomUUID(), "C");
    Ranking.Bidder d = new Ranking.Bidder(UUID.randomUUID(), "D");
    Map<String, Ranking.Moderated> moderated =
        Map.of(
            Ranking.key(q1, a.id()), new Ranking.Moderated(1, null, "x"),
            Ranking.key(q2, a.id()), new Ranking.Moderated(1, null, "x"),
            Ranking.key(q1, b.id()), new Ranking.Moderated(1, null, "x"),
            Ranking.key(q2, b.id()), new Ranking.Moderated(1, null, "x"),
            Ranking.key(q1, d.id()), new Ranking.Moderated(0, null, "x"));
    Map<UUID, Ranking.Exclusion> out =
        Map.of(c.id(), new Ranking.Exclusion(c.id(), "C", "SQ", "Zq insurance", "no cover"));
    List<Ranking.Place> places = Ranking.rank(questions, List.of(d, c, b, a), moderated, out);
    // 1/5 x 33.33 + 1/100 x 66.67 = 6.666 + 0.6667 = 7.3327, exactly.
    assertThat(places.get(0).total()).isEqualByComparingTo("7.3327");
    assertThat(places.get(0).totalText()).isEqualTo("7.3327");
    assertThat(places.stream().map(p -> p.bidder() + " " + p.rankText()).toList())
        .containsExactly("A =1", "B =1", "D ", "C ");
    assertThat(places.get(2).waiting()).isTrue();
    assertThat(places.get(3).excluded()).isTrue();
    assertThat(Ranking.show(new BigDecimal("80.0000"))).isEqualTo("80.00");
  }

  @Test
  void psrStandstillOverEaster2027() {
    Map<LocalDate, String> holidays =
        Map.of(
            LocalDate.of(2027, 3, 26), "Good Friday",
            LocalDate.of(2027, 3, 29), "Easter Monday");
    // Notice Wednesday 24 March: begins Thursday 25; counting after it: Good Friday, the weekend
    // and Easter Monday pass, then Tuesday 30 March to Thursday 8 April.
    Standstill.Period psr = Standstill.of("psr", LocalDate.of(2027, 3, 24), holidays);
    assertThat(psr.beginsOn()).isEqualTo(LocalDate.of(2027, 3, 25));
    assertThat(psr.endsOn()).isEqualTo(LocalDate.of(2027, 4, 8));
    assertThat(psr.skipped())
        .containsExactly("Good Friday, 2027-03-26", "Easter Monday, 2027-03-29");
    // The Act counts the day of the notice itself: Wednesday 24, Thursday 25, then 30 March to
    // Tuesday 6 April.
    Standstill.Period act = Standstill.of("pa2023", LocalDate.of(2027, 3, 24), holidays);
    assertThat(act.endsOn()).isEqualTo(LocalDate.of(2027, 4, 6));
    // A notice on a Saturday under the Act: the count starts on Monday.
    assertThat(Standstill.of("pa2023", LocalDate.of(2026, 10, 3), Map.of()).countedDays().get(0))
        .isEqualTo(LocalDate.of(2026, 10, 5));
  }
}
