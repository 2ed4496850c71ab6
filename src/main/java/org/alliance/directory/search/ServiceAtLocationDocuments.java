package org.alliance.directory.search;

import java.util.Locale;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.util.BytesRef;

/**
 * How a service at one location becomes a Lucene document for {@code /service_at_locations}: the
 * service's filters under the same field names as {@link ServiceDocuments}, so that one query
 * builder serves both, with this row's own position and hours.
 */
final class ServiceAtLocationDocuments {

  static final String ID = "service_at_location_id";
  static final String SERVICE_ID = "service_id";
  static final String NAME_LOWER = "name_lower";
  static final String SERVICE_ORDER = "service_order";
  static final String ORDER = "service_at_location_order";

  private ServiceAtLocationDocuments() {}

  static Document of(ServiceEntry entry, ServiceEntry.AtLocation at) {
    Document doc = new Document();
    doc.add(new StringField(ID, at.id(), Field.Store.YES));
    doc.add(new SortedDocValuesField(ORDER, new BytesRef(at.id())));
    doc.add(new StringField(SERVICE_ID, entry.id(), Field.Store.NO));
    doc.add(new SortedDocValuesField(SERVICE_ORDER, new BytesRef(entry.id())));
    doc.add(new StringField(NAME_LOWER, lower(entry.name()), Field.Store.NO));
    doc.add(new StringField(ServiceDocuments.STATUS, nonNull(entry.status()), Field.Store.NO));
    if (!entry.published()) {
      doc.add(new StringField(ServiceDocuments.UNPUBLISHED, "yes", Field.Store.NO));
    }
    doc.add(
        new StringField(
            ServiceDocuments.ORGANIZATION_ID, nonNull(entry.organizationId()), Field.Store.NO));
    entry
        .terms()
        .forEach(term -> doc.add(new StringField(ServiceDocuments.TERM, term, Field.Store.NO)));
    entry
        .taxonomies()
        .forEach(
            taxonomy ->
                doc.add(new StringField(ServiceDocuments.TAXONOMY, taxonomy, Field.Store.NO)));
    if (entry.lastModified() != null) {
      doc.add(new LongPoint(ServiceDocuments.MODIFIED, entry.lastModified().toEpochMilli()));
    }
    doc.add(
        new IntPoint(
            ServiceDocuments.MIN_AGE, entry.minimumAge() == null ? 0 : entry.minimumAge()));
    doc.add(
        new IntPoint(
            ServiceDocuments.MAX_AGE,
            entry.maximumAge() == null ? ServiceDocuments.OLDEST_AGE : entry.maximumAge()));
    if (at.position() != null) {
      double latitude = at.position().latitude();
      double longitude = at.position().longitude();
      doc.add(new LatLonPoint(ServiceDocuments.LOCATION, latitude, longitude));
      doc.add(new LatLonDocValuesField(ServiceDocuments.LOCATION, latitude, longitude));
    }
    for (int[] hours : at.openHours()) {
      doc.add(new IntRange(ServiceDocuments.OPEN, new int[] {hours[0]}, new int[] {hours[1] - 1}));
    }
    return doc;
  }

  static String lower(String text) {
    return nonNull(text).toLowerCase(Locale.ROOT);
  }

  private static String nonNull(String value) {
    return value == null ? "" : value;
  }
}
