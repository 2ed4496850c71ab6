package org.alliance.directory.search;

import java.io.IOException;
import java.util.Objects;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.geo.Rectangle;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TwoPhaseIterator;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.SloppyMath;

/**
 * A filter for documents with a location within a distance of a point: the circle's bounding box on
 * the indexed points (a plain range over the points tree), then the great-circle distance, checked
 * on the location doc values only for documents that pass every other clause.
 *
 * <p>Why not {@link LatLonPoint#newDistanceQuery}: each time a search creates its weight, that
 * query relates 1,024 to 4,096 cells of the circle's bounding box to the circle, about 0.2 ms here;
 * profiling the Open Referral search showed it as the largest single cost of a search near a
 * postcode. Checking the few hundred documents that survive the other filters is far cheaper.
 */
final class WithinDistance {

  private WithinDistance() {}

  /**
   * @param pointField where {@link LatLonPoint}s are indexed
   * @param docValuesField where the same locations are {@code LatLonDocValuesField}s
   */
  static Query of(
      String pointField, String docValuesField, double latitude, double longitude, double metres) {
    Rectangle box = Rectangle.fromPointDistance(latitude, longitude, metres);
    return new BooleanQuery.Builder()
        .add(
            LatLonPoint.newBoxQuery(pointField, box.minLat, box.maxLat, box.minLon, box.maxLon),
            Occur.FILTER)
        .add(new Exact(docValuesField, latitude, longitude, metres), Occur.FILTER)
        .build();
  }

  /** Any of the document's locations is within the distance; checked one document at a time. */
  static final class Exact extends Query {

    /** Roughly what one check costs against reading a posting: it leads no conjunction. */
    private static final float MATCH_COST = 50;

    private final String field;
    private final double latitude;
    private final double longitude;
    private final double metres;

    Exact(String field, double latitude, double longitude, double metres) {
      this.field = Objects.requireNonNull(field);
      this.latitude = latitude;
      this.longitude = longitude;
      this.metres = metres;
    }

    boolean within(long encoded) {
      double lat = GeoEncodingUtils.decodeLatitude((int) (encoded >>> 32));
      double lon = GeoEncodingUtils.decodeLongitude((int) encoded);
      return SloppyMath.haversinMeters(latitude, longitude, lat, lon) <= metres;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
      return new ConstantScoreWeight(this, boost) {
        @Override
        public Scorer scorer(LeafReaderContext context) throws IOException {
          SortedNumericDocValues values = DocValues.getSortedNumeric(context.reader(), field);
          // Every document is a candidate, so that the other clauses lead and the values are read
          // only for the documents they all accept (advancing the values themselves reads them).
          DocIdSetIterator candidates = DocIdSetIterator.all(context.reader().maxDoc());
          TwoPhaseIterator check =
              new TwoPhaseIterator(candidates) {
                @Override
                public boolean matches() throws IOException {
                  if (!values.advanceExact(candidates.docID())) {
                    return false;
                  }
                  for (int i = values.docValueCount(); i > 0; i--) {
                    if (within(values.nextValue())) {
                      return true;
                    }
                  }
                  return false;
                }

                @Override
                public float matchCost() {
                  return MATCH_COST;
                }
              };
          return new ConstantScoreScorer(this, score(), scoreMode, check);
        }

        /**
         * Not kept in the query cache: caching would check every document in the segment, and a
         * distance from one point is rarely asked twice. The bounding box beside it is cached.
         */
        @Override
        public boolean isCacheable(LeafReaderContext context) {
          return false;
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      if (visitor.acceptField(field)) {
        visitor.visitLeaf(this);
      }
    }

    @Override
    public String toString(String defaultField) {
      return field + " within " + metres + " m of " + latitude + "," + longitude;
    }

    @Override
    public boolean equals(Object other) {
      return sameClassAs(other)
          && other instanceof Exact that
          && field.equals(that.field)
          && Double.compare(latitude, that.latitude) == 0
          && Double.compare(longitude, that.longitude) == 0
          && Double.compare(metres, that.metres) == 0;
    }

    @Override
    public int hashCode() {
      return Objects.hash(classHash(), field, latitude, longitude, metres);
    }
  }
}
