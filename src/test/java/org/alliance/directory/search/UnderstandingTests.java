package org.alliance.directory.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.alliance.AllianceTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Search read the way people type: street names and everyday words found through the vocabulary and
 * shown back, misspellings put right, and words naming someone else bringing services for families
 * and carers first. Four services of an organisation of their own, under the demo's needs, with
 * names and descriptions that never say those needs, so only reading the words finds them; each is
 * also searched as typed, to show the words found nothing before.
 */
@AllianceTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UnderstandingTests {

  // The demo taxonomy's needs (src/main/resources/demo/directory/taxonomy_terms.json).
  private static final String ALCOHOL = "fef6a2e5-1a11-4d3c-9625-88a4b980b029";
  private static final String OPIATES = "e343c188-7f61-4e4b-a591-c609380623e1";
  private static final String CANNABIS = "407a982d-2220-4565-8321-e535f2f816be";
  private static final String FAMILIES = "22cc9bf5-d06f-41da-aa7e-d8d63760a560";

  @Autowired JdbcClient jdbc;
  @Autowired DirectoryIndex index;
  @Autowired TransactionTemplate transaction;

  private final String org = UUID.randomUUID().toString();

  @BeforeAll
  void fourServices() {
    transaction.executeWithoutResult(
        status -> {
          jdbc.sql(
                  "insert into directory.organization (id, name, description) values (?, 'Reading Test Trust', 'Test')")
              .param(org)
              .update();
          List.of(
              service("Hillside Clinic", "Support and treatment, in confidence.", CANNABIS),
              service("Riverside Clinic", "Prescribing and key work.", OPIATES),
              service("Parkview Clinic", "Advice about cutting down.", ALCOHOL),
              service(
                  "Meadow Group",
                  "For anyone close to someone whose use of drugs or alcohol worries them.",
                  FAMILIES));
        });
    index.refresh(
        jdbc.sql("select id from directory.service where organization_id = ?")
            .param(org)
            .query(String.class)
            .list());
  }

  @Test
  void streetNamesFindTheDirectorysWordAndSayWhichItSearched() {
    assertThat(search("weed", true).total()).isZero();
    SearchResults weed = search("weed", false);
    assertThat(names(weed)).containsExactly("Hillside Clinic");
    assertThat(weed.understood().explained()).containsExactly("Showing services for cannabis.");

    assertThat(search("smack", true).total()).isZero();
    SearchResults heroin = search("heroin", false);
    assertThat(names(heroin)).containsExactly("Riverside Clinic");
    assertThat(heroin.understood().meansForThem()).containsExactly("opiates");

    assertThat(search("booze", true).total()).isZero();
    SearchResults booze = search("booze", false);
    assertThat(names(booze)).first().isEqualTo("Parkview Clinic");
    assertThat(booze.understood().explained()).containsExactly("Showing services for alcohol.");
  }

  @Test
  void aMisspeltWordIsReadAsTheNearestWordTheDirectoryOrTheVocabularyKnows() {
    assertThat(search("alchohol", true).total()).isZero();
    SearchResults alcohol = search("alchohol", false);
    assertThat(alcohol.understood().corrections())
        .containsExactly(new Understood.Correction("alchohol", "alcohol"));
    assertThat(alcohol.understood().explained())
        .containsExactly(
            "We did not recognise \u201calchohol\u201d, so we searched for \u201calcohol\u201d.");
    assertThat(names(alcohol)).first().isEqualTo("Parkview Clinic");

    // Put right to a word only the vocabulary knows, which then means the directory's word.
    SearchResults heroin = search("hreoin", false);
    assertThat(heroin.understood().corrections())
        .containsExactly(new Understood.Correction("hreoin", "heroin"));
    assertThat(heroin.understood().meansForThem()).containsExactly("opiates");
    assertThat(names(heroin)).containsExactly("Riverside Clinic");
    // Another form of a vocabulary word (the same stem) means what it means.
    assertThat(search("heroine", false).understood().meansForThem()).containsExactly("opiates");
    assertThat(search("boozing", false).understood().meansForThem()).containsExactly("alcohol");

    SearchResults cannabis = search("canabis", false);
    assertThat(cannabis.understood().corrections())
        .containsExactly(new Understood.Correction("canabis", "cannabis"));
    assertThat(names(cannabis)).containsExactly("Hillside Clinic");
  }

  @Test
  void wordsNamingSomeoneElseBringServicesForFamiliesAndCarersFirst() {
    assertThat(names(search("help with my son's drinking", true))).doesNotContain("Meadow Group");

    SearchResults son = search("help with my son\u2019s drinking", false);
    assertThat(names(son)).containsExactly("Meadow Group", "Parkview Clinic");
    assertThat(son.understood().someoneElse()).isTrue();
    assertThat(son.understood().explained())
        .containsExactly(
            "Showing services for alcohol.",
            "You mentioned someone else, so services for families and carers are shown too.");
    assertThat(names(search("my partner drinks too much", false)))
        .first()
        .isEqualTo("Meadow Group");
    assertThat(names(search("worried about my dad's drinking", false)))
        .first()
        .isEqualTo("Meadow Group");
  }

  @Test
  void wordsNoServiceHasAndNothingIsNearAreSaidToBeUnknownAndNothingIsMadeUp() {
    SearchResults nothing = search("zqxjv", false);
    assertThat(nothing.total()).isZero();
    assertThat(nothing.understood().corrections()).isEmpty();
    assertThat(nothing.understood().unknown()).containsExactly("zqxjv");
    assertThat(nothing.understood().explained())
        .containsExactly("No service mentions \u201czqxjv\u201d.");
    // Known words are never "put right", however close another word is.
    assertThat(search("hillside", false).understood().readAnything()).isFalse();
    assertThat(search("", false).understood().readAnything()).isFalse();
    assertThat(search("", false).total()).isEqualTo(4);
  }

  @Test
  void markupNulBytesAndFloodsOfWordsAreReadSafely() {
    SearchResults markup = search("<script>alert(1)</script> weed\u0000", false);
    assertThat(markup.understood().meansForThem()).containsExactly("cannabis");
    assertThat(names(markup)).containsExactly("Hillside Clinic");
    SearchResults flood = search("alchohol ".repeat(5_000), false);
    assertThat(flood.understood().corrections()).hasSizeLessThanOrEqualTo(32);
    assertThat(Understanding.words("My SON'S  drinking -- 'weed'"))
        .containsExactly("my", "son", "drinking", "weed");
  }

  private SearchResults search(String text, boolean asTyped) {
    return index.search(
        SearchQuery.builder().text(text).organization(org).asTyped(asTyped).page(1, 10).build());
  }

  private static List<String> names(SearchResults results) {
    return results.hits().stream().map(SearchResults.Hit::name).toList();
  }

  private String service(String name, String description, String term) {
    String id = UUID.randomUUID().toString();
    jdbc.sql(
            "insert into directory.service (id, organization_id, name, description, status) values (?, ?, ?, ?, 'active')")
        .params(id, org, name, description)
        .update();
    jdbc.sql(
            "insert into directory.attribute (id, link_id, link_entity, taxonomy_term_id) values (?, ?, 'service', ?)")
        .params(UUID.randomUUID().toString(), id, term)
        .update();
    return id;
  }
}
