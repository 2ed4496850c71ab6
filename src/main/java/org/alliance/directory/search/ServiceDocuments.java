package org.alliance.directory.search;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.util.BytesRef;

/** How a service becomes a Lucene document: what is searched, filtered, sorted and shown. */
final class ServiceDocuments {

  static final String ID = "id";
  static final String NAME = "name";
  static final String DESCRIPTION = "description";
  static final String ORGANIZATION = "organization";
  static final String ORGANIZATION_ID = "organization_id";
  static final String TERM_NAMES = "term_names";

  /**
   * The words of the name and needs as written (lower case, not stemmed): what a misspelt word is
   * put right to, so "did you mean" offers a word, not a stem.
   */
  static final String SPELLING = "spelling";

  static final String TERM = "term";
  static final String TAXONOMY = "taxonomy";
  static final String NAME_ORDER = "name_order";
  static final String MODIFIED = "modified";
  static final String STATUS = "status";

  /**
   * Marks the few services Alliance does not publish (linked into another, or a feed record when
   * feeds are off): a search leaves out the marked, which costs less than requiring a mark on every
   * published one.
   */
  static final String UNPUBLISHED = "unpublished";

  static final String MIN_AGE = "min_age";
  static final String MAX_AGE = "max_age";
  static final String LOCATION = "location";
  static final String PLACE = "place";
  static final String OPEN = "open";
  static final String CAPACITY = "capacity";
  static final String LAST_CHECKED = "last_checked";
  static final String SUMMARY_JSON = "summary_json";
  static final String SUMMARY = "summary";
  static final int OLDEST_AGE = 150;

  private ServiceDocuments() {}

  static Document of(ServiceEntry entry) {
    Document doc = new Document();
    doc.add(new StringField(ID, entry.id(), Field.Store.YES));
    doc.add(new TextField(NAME, nonNull(entry.name()), Field.Store.YES));
    doc.add(
        new SortedDocValuesField(
            NAME_ORDER, new BytesRef(nonNull(entry.name()).toLowerCase(java.util.Locale.ROOT))));
    // Searched in full, shown cut short: the cut is made once here, not on every result shown.
    doc.add(new TextField(DESCRIPTION, nonNull(entry.description()), Field.Store.NO));
    doc.add(new StoredField(SUMMARY, Summary.of(entry.description())));
    doc.add(new TextField(ORGANIZATION, nonNull(entry.organizationName()), Field.Store.YES));
    doc.add(new StringField(ORGANIZATION_ID, nonNull(entry.organizationId()), Field.Store.NO));
    doc.add(new TextField(TERM_NAMES, entry.termNames(), Field.Store.NO));
    doc.add(
        new TextField(
            SPELLING, nonNull(entry.name()) + " " + nonNull(entry.termNames()), Field.Store.NO));
    doc.add(new StringField(STATUS, nonNull(entry.status()), Field.Store.NO));
    if (!entry.published()) {
      doc.add(new StringField(UNPUBLISHED, "yes", Field.Store.NO));
    }
    entry.terms().forEach(term -> doc.add(new StringField(TERM, term, Field.Store.NO)));
    entry
        .taxonomies()
        .forEach(taxonomy -> doc.add(new StringField(TAXONOMY, taxonomy, Field.Store.NO)));
    if (entry.lastModified() != null) {
      doc.add(new LongPoint(MODIFIED, entry.lastModified().toEpochMilli()));
    }
    doc.add(new IntPoint(MIN_AGE, entry.minimumAge() == null ? 0 : entry.minimumAge()));
    doc.add(new IntPoint(MAX_AGE, entry.maximumAge() == null ? OLDEST_AGE : entry.maximumAge()));
    for (ServiceEntry.Place place : entry.places()) {
      doc.add(new LatLonPoint(LOCATION, place.latitude(), place.longitude()));
      doc.add(new LatLonDocValuesField(LOCATION, place.latitude(), place.longitude()));
      doc.add(
          new StoredField(
              PLACE, place.latitude() + "," + place.longitude() + "," + nonNull(place.area())));
    }
    for (int[] hours : entry.openHours()) {
      doc.add(new IntRange(OPEN, new int[] {hours[0]}, new int[] {hours[1] - 1}));
    }
    if (entry.hasCapacity()) {
      doc.add(new StringField(CAPACITY, "yes", Field.Store.NO));
    }
    if (entry.assuredDate() != null) {
      doc.add(new StoredField(LAST_CHECKED, entry.assuredDate().toString()));
    }
    if (entry.summaryJson() != null) {
      doc.add(new StoredField(SUMMARY_JSON, entry.summaryJson()));
    }
    return doc;
  }

  /** Stored places as (latitude, longitude, area). */
  static List<String[]> places(Document doc) {
    List<String[]> places = new ArrayList<>();
    for (String value : doc.getValues(PLACE)) {
      places.add(value.split(",", 3));
    }
    return places;
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
