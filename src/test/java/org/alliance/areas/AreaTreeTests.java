package org.alliance.areas;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The hierarchy walked: what lies within an area, what it lies in, and which area a name means. */
class AreaTreeTests {

  private final AreaTree tree =
      new AreaTree(
          List.of(
              new Area("E92000001", "England", AreaKind.COUNTRY, null, false),
              new Area("X10000001", "Brackenshire", AreaKind.COUNTY, "E92000001", true),
              new Area("X07000001", "Brackenford", AreaKind.DISTRICT, "X10000001", true),
              new Area("X07000002", "West Brackenshire", AreaKind.DISTRICT, "X10000001", true),
              new Area("X99000001", "Brackenford", AreaKind.TOWN, "X07000001", true),
              new Area("X99000002", "Westmere", AreaKind.TOWN, "X07000002", true),
              new Area("X99000003", "Kelston Market", AreaKind.TOWN, "X07000002", true),
              new Area("X05000001", "Westmere Abbey", AreaKind.WARD, "X99000002", true)));

  @Test
  void aNameMeansTheAreaWhateverIsWrittenBeforeItAndTheSmallerOfTwoAlike() {
    assertThat(tree.named("All of Brackenshire").orElseThrow().code()).isEqualTo("X10000001");
    assertThat(tree.named("  the whole of   BRACKENSHIRE ").orElseThrow().code())
        .isEqualTo("X10000001");
    assertThat(tree.named("Brackenford").orElseThrow().kind()).isEqualTo(AreaKind.TOWN);
    assertThat(tree.named("X07000002").orElseThrow().name()).isEqualTo("West Brackenshire");
    assertThat(tree.named("Atlantis")).isEmpty();
    assertThat(tree.named("")).isEmpty();
    assertThat(tree.named(null)).isEmpty();
  }

  @Test
  void withinWalksDownToTheKindAsked() {
    Area county = tree.byCode("X10000001").orElseThrow();
    assertThat(tree.within(county, AreaKind.TOWN))
        .extracting(Area::name)
        .containsExactlyInAnyOrder("Brackenford", "Westmere", "Kelston Market");
    Area west = tree.byCode("X07000002").orElseThrow();
    assertThat(tree.within(west, AreaKind.TOWN))
        .extracting(Area::name)
        .containsExactlyInAnyOrder("Westmere", "Kelston Market");
    Area ward = tree.byCode("X05000001").orElseThrow();
    assertThat(tree.within(ward, AreaKind.TOWN)).isEmpty();
    assertThat(tree.ancestors(ward))
        .extracting(Area::code)
        .containsExactly("X99000002", "X07000002", "X10000001", "E92000001");
  }

  @Test
  void theProfilesAreaTypesAreReadAsKinds() {
    assertThat(AreaKind.ofProfilesType("England")).contains(AreaKind.COUNTRY);
    assertThat(AreaKind.ofProfilesType("Region")).contains(AreaKind.REGION);
    assertThat(AreaKind.ofProfilesType("Counties & UAs (from Apr 2023)")).contains(AreaKind.COUNTY);
    assertThat(AreaKind.ofProfilesType("Districts & UAs (from Apr 2023)"))
        .contains(AreaKind.DISTRICT);
    assertThat(AreaKind.ofProfilesType("Ward")).contains(AreaKind.WARD);
    assertThat(AreaKind.ofProfilesType("ICB sub-locations")).isEmpty();
    assertThat(AreaKind.ofProfilesType(null)).isEmpty();
  }

  @Test
  void aLoopInBadDataEndsTheWalk() {
    AreaTree looped =
        new AreaTree(
            List.of(
                new Area("XA", "A", AreaKind.TOWN, "XB", true),
                new Area("XB", "B", AreaKind.TOWN, "XA", true)));
    assertThat(looped.ancestors(looped.byCode("XA").orElseThrow())).hasSizeLessThanOrEqualTo(10);
  }

  @Test
  void postcodeDistrictsGatherFromEveryAreaWithinAndAWardHasNone() {
    AreaTree placed =
        new AreaTree(
            tree.all(),
            java.util.Map.of(
                "X99000002", List.of("BK8"),
                "X99000003", List.of("BK10"),
                "X07000002", List.of("BK12", "BK11"),
                "X99000001", List.of("BK1")));
    assertThat(placed.postcodeDistricts(placed.byCode("X10000001").orElseThrow()))
        .containsExactly("BK1", "BK10", "BK11", "BK12", "BK8");
    assertThat(placed.postcodeDistricts(placed.byCode("X07000002").orElseThrow()))
        .containsExactly("BK10", "BK11", "BK12", "BK8");
    assertThat(placed.postcodeDistricts(placed.byCode("X05000001").orElseThrow())).isEmpty();
  }

  @Test
  void localAreasAreCountiesDownToWardsAndAnUnknownOrNationalCodeMeansTheFirst() {
    assertThat(tree.local())
        .extracting(Area::code)
        .containsExactly(
            "X10000001",
            "X07000001",
            "X07000002",
            "X99000001",
            "X99000003",
            "X99000002",
            "X05000001");
    assertThat(tree.localOrFirst("X99000002").orElseThrow().name()).isEqualTo("Westmere");
    assertThat(tree.localOrFirst("E92000001").orElseThrow().code()).isEqualTo("X10000001");
    assertThat(tree.localOrFirst("<script>").orElseThrow().code()).isEqualTo("X10000001");
    assertThat(tree.localOrFirst(null).orElseThrow().code()).isEqualTo("X10000001");
    assertThat(new AreaTree(List.of()).localOrFirst("X10000001")).isEmpty();
  }
}
