package org.alliance.support.measure;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema of a measure definition ({@code measures/measure.schema.json}), checked with the
 * same validator the directory checks HSDS with. Its {@code $id} is a made-up address mapped to the
 * classpath, so nothing is fetched.
 */
final class MeasureSchema {

  private static final String BASE = "https://schemas.alliance.invalid/measures/";

  private static final Schema SCHEMA =
      SchemaRegistry.withDefaultDialect(
              Dialects.getDraft202012(),
              builder ->
                  builder.schemaIdResolvers(ids -> ids.mapPrefix(BASE, "classpath:measures/")))
          .getSchema(SchemaLocation.of(BASE + "measure.schema.json"));

  private MeasureSchema() {}

  static List<MeasureProblem> check(JsonNode document) {
    return SCHEMA.validate(document).stream().map(MeasureSchema::problem).distinct().toList();
  }

  private static MeasureProblem problem(Error error) {
    String pointer = error.getInstanceLocation().toString();
    if (error.getProperty() != null && "required".equals(error.getKeyword())) {
      pointer = pointer + "/" + error.getProperty();
    }
    return new MeasureProblem(pointer, MeasureFile.cut(error.getMessage()));
  }
}
