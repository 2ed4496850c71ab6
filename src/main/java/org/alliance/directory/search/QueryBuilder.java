package org.alliance.directory.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.alliance.directory.Coordinates;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.WildcardQuery;

/**
 * Turns a {@link SearchQuery} into Lucene: the words score (a name match counts most), every other
 * part is a filter that does not change the score.
 */
final class QueryBuilder {

  private final Analyzer analyzer;

  QueryBuilder(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /**
   * Services: the words as read score, in name, needs, organisation and description; what they were
   * taken to mean scores in name, needs and description, a little above the words themselves (the
   * directory's word is the surer one), and above everything when the words name someone else, so
   * that "my son's drinking" brings services for families and carers first.
   */
  Query build(SearchQuery search, Understood understood) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    List<String> words = words(understood.searched());
    if (words.isEmpty() && understood.means().isEmpty()) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      BooleanQuery.Builder text = new BooleanQuery.Builder();
      for (String word : words) {
        text.add(boosted(ServiceDocuments.NAME, word, 4f), Occur.SHOULD);
        text.add(boosted(ServiceDocuments.TERM_NAMES, word, 2f), Occur.SHOULD);
        text.add(boosted(ServiceDocuments.ORGANIZATION, word, 1.5f), Occur.SHOULD);
        text.add(boosted(ServiceDocuments.DESCRIPTION, word, 1f), Occur.SHOULD);
      }
      for (Understood.Meaning meaning : understood.means()) {
        BooleanQuery.Builder meant = new BooleanQuery.Builder();
        for (String word : words(meaning.words())) {
          meant.add(boosted(ServiceDocuments.NAME, word, 4f), Occur.SHOULD);
          meant.add(boosted(ServiceDocuments.TERM_NAMES, word, 3f), Occur.SHOULD);
          meant.add(boosted(ServiceDocuments.DESCRIPTION, word, 1f), Occur.SHOULD);
        }
        text.add(new BoostQuery(meant.build(), meaning.someoneElse() ? 3f : 1.5f), Occur.SHOULD);
      }
      query.add(text.build(), Occur.MUST);
    }
    return filtered(query, search);
  }

  /**
   * Services at locations, as the Open Referral listing has always matched them: the text anywhere
   * in the service's name, any case; nothing scores.
   */
  Query buildAtLocations(SearchQuery search) {
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    if (search.text() == null || search.text().isBlank()) {
      query.add(new MatchAllDocsQuery(), Occur.MUST);
    } else {
      String escaped =
          ServiceAtLocationDocuments.lower(search.text()).replaceAll("([\\\\*?])", "\\\\$1");
      query.add(
          new WildcardQuery(new Term(ServiceAtLocationDocuments.NAME_LOWER, "*" + escaped + "*")),
          Occur.FILTER);
    }
    return filtered(query, search);
  }

  /** Every part but the words: filters that do not change the score. */
  private Query filtered(BooleanQuery.Builder query, SearchQuery search) {
    query.add(new TermQuery(new Term(ServiceDocuments.STATUS, "active")), Occur.FILTER);
    query.add(new TermQuery(new Term(ServiceDocuments.UNPUBLISHED, "yes")), Occur.MUST_NOT);
    for (String term : search.termIds()) {
      query.add(new TermQuery(new Term(ServiceDocuments.TERM, term)), Occur.FILTER);
    }
    if (!search.anyOfTermIds().isEmpty()) {
      BooleanQuery.Builder any = new BooleanQuery.Builder();
      search
          .anyOfTermIds()
          .forEach(
              term -> any.add(new TermQuery(new Term(ServiceDocuments.TERM, term)), Occur.SHOULD));
      query.add(any.build(), Occur.FILTER);
    }
    if (search.age() != null) {
      query.add(
          IntPoint.newRangeQuery(ServiceDocuments.MIN_AGE, Integer.MIN_VALUE, search.age()),
          Occur.FILTER);
      query.add(
          IntPoint.newRangeQuery(ServiceDocuments.MAX_AGE, search.age(), Integer.MAX_VALUE),
          Occur.FILTER);
    }
    if (search.near() != null && search.withinMiles() != null) {
      query.add(
          WithinDistance.of(
              ServiceDocuments.LOCATION,
              ServiceDocuments.LOCATION,
              search.near().latitude(),
              search.near().longitude(),
              search.withinMiles() * Coordinates.METRES_PER_MILE),
          Occur.FILTER);
    }
    if (search.openAt() != null) {
      int minute = WeeklyHours.minuteOfWeek(search.openAt().day(), search.openAt().time());
      query.add(
          IntRange.newIntersectsQuery(
              ServiceDocuments.OPEN, new int[] {minute}, new int[] {minute}),
          Occur.FILTER);
    }
    if (search.withCapacity()) {
      query.add(new TermQuery(new Term(ServiceDocuments.CAPACITY, "yes")), Occur.FILTER);
    }
    if (search.ageLimits() != null) {
      if (search.ageLimits().minimumAtLeast() != null) {
        query.add(
            IntPoint.newRangeQuery(
                ServiceDocuments.MIN_AGE, search.ageLimits().minimumAtLeast(), Integer.MAX_VALUE),
            Occur.FILTER);
      }
      if (search.ageLimits().maximumAtMost() != null) {
        query.add(
            IntPoint.newRangeQuery(
                ServiceDocuments.MAX_AGE, Integer.MIN_VALUE, search.ageLimits().maximumAtMost()),
            Occur.FILTER);
      }
    }
    if (search.hours() != null) {
      query.add(hours(search.hours()), Occur.FILTER);
    }
    if (search.taxonomyId() != null) {
      query.add(
          new TermQuery(new Term(ServiceDocuments.TAXONOMY, search.taxonomyId())), Occur.FILTER);
    }
    if (search.modifiedAfter() != null) {
      query.add(
          org.apache.lucene.document.LongPoint.newRangeQuery(
              ServiceDocuments.MODIFIED, search.modifiedAfter().toEpochMilli() + 1, Long.MAX_VALUE),
          Occur.FILTER);
    }
    if (search.organizationId() != null) {
      query.add(
          new TermQuery(new Term(ServiceDocuments.ORGANIZATION_ID, search.organizationId())),
          Occur.FILTER);
    }
    return query.build();
  }

  /** Open on the day (or any day), within the opening and closing times asked for. */
  private static Query hours(SearchQuery.Hours hours) {
    BooleanQuery.Builder anyDay = new BooleanQuery.Builder();
    for (java.time.DayOfWeek day : java.time.DayOfWeek.values()) {
      if (hours.day() != null && hours.day() != day) {
        continue;
      }
      int dayStart = WeeklyHours.minuteOfWeek(day, java.time.LocalTime.MIDNIGHT);
      if (hours.from() == null && hours.to() == null) {
        anyDay.add(
            IntRange.newIntersectsQuery(
                ServiceDocuments.OPEN, new int[] {dayStart}, new int[] {dayStart + 24 * 60 - 1}),
            Occur.SHOULD);
      } else {
        int from = hours.from() == null ? dayStart : WeeklyHours.minuteOfWeek(day, hours.from());
        int to =
            hours.to() == null
                ? dayStart + 24 * 60 - 1
                : WeeklyHours.minuteOfWeek(day, hours.to()) - 1;
        anyDay.add(
            IntRange.newWithinQuery(ServiceDocuments.OPEN, new int[] {from}, new int[] {to}),
            Occur.SHOULD);
      }
    }
    return anyDay.build();
  }

  private Query boosted(String field, String word, float boost) {
    return new BoostQuery(new TermQuery(new Term(field, word)), boost);
  }

  /** The words as the index holds them (lower case, stemmed, no stop words). */
  List<String> words(String text) {
    List<String> words = new ArrayList<>();
    if (text == null || text.isBlank()) {
      return words;
    }
    try (TokenStream tokens = analyzer.tokenStream(ServiceDocuments.NAME, text)) {
      CharTermAttribute term = tokens.addAttribute(CharTermAttribute.class);
      tokens.reset();
      while (tokens.incrementToken() && words.size() < 32) {
        words.add(term.toString());
      }
      tokens.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return words;
  }
}
