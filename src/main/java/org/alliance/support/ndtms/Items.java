package org.alliance.support.ndtms;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.springframework.core.io.DefaultResourceLoader;
import org.springframework.stereotype.Component;

/** The extract's columns in order, read once at start from {@code alliance.ndtms.items}. */
@Component
class Items {

  private final List<Item> items;

  Items(NdtmsSettings settings) {
    this.items = read(settings.items());
  }

  List<Item> all() {
    return items;
  }

  List<String> names() {
    return items.stream().map(Item::name).toList();
  }

  static List<Item> read(String location) {
    List<Item> items = new ArrayList<>();
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (Reader in =
            new InputStreamReader(
                new DefaultResourceLoader().getResource(location).getInputStream(),
                StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(in, format)) {
      for (CSVRecord row : parser) {
        String field = row.get("field");
        if (!ReturnRow.FIELDS.contains(field)) {
          throw new IllegalStateException(
              "NDTMS items "
                  + location
                  + ": "
                  + row.get("item")
                  + " names no known field "
                  + field);
        }
        items.add(
            new Item(
                row.get("item"),
                field,
                Item.Required.valueOf(
                    row.get("required").toUpperCase(Locale.ROOT).replace('-', '_')),
                row.get("status")));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the NDTMS items at " + location, e);
    }
    return List.copyOf(items);
  }
}
