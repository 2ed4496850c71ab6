package org.alliance.directory.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The standard's examples, with every UUID replaced by one of this test's own (the same old id
 * always gives the same new one), so tests sharing the database never touch each other's rows.
 */
final class TestData {

  private static final Pattern UUID_PATTERN =
      Pattern.compile("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");

  /** Numbers compare by value (12 and 12.0 are equal); everything else exactly. */
  static final Comparator<JsonNode> BY_VALUE =
      (a, b) ->
          a.equals(b)
                  || (a.isNumber()
                      && b.isNumber()
                      && a.decimalValue().compareTo(b.decimalValue()) == 0)
              ? 0
              : 1;

  private final String salt;

  TestData(String salt) {
    this.salt = salt + "-" + UUID.randomUUID();
  }

  static Path example(String name) {
    try {
      return Path.of(
          TestData.class
              .getClassLoader()
              .getResource("standards/hsds-3.0/examples/" + name)
              .toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** This test's id for an id in the standard's examples. */
  String id(String original) {
    return UUID.nameUUIDFromBytes((salt + original).getBytes()).toString();
  }

  String rewrite(String text) {
    Matcher matcher = UUID_PATTERN.matcher(text);
    StringBuilder out = new StringBuilder();
    while (matcher.find()) {
      matcher.appendReplacement(out, id(matcher.group()));
    }
    matcher.appendTail(out);
    return out.toString();
  }

  /** A copy of an example file or folder, with this test's ids, under {@code into}. */
  Path copy(String example, Path into) {
    return copy(example(example), into, Map.of());
  }

  /** As {@link #copy(String, Path)}, replacing some text first (before the ids are rewritten). */
  Path copy(Path source, Path into, Map<String, String> replacements) {
    try {
      Path target = Files.createDirectories(into).resolve(source.getFileName().toString());
      if (Files.isDirectory(source)) {
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(source)) {
          for (Path file : files.toList()) {
            copy(file, target, replacements);
          }
        }
      } else {
        String text = Files.readString(source);
        for (Map.Entry<String, String> replacement : replacements.entrySet()) {
          text = text.replace(replacement.getKey(), replacement.getValue());
        }
        Files.writeString(target, rewrite(text));
      }
      return target;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An example document with this test's ids, as the directory should give it back. */
  JsonNode expected(String example) {
    try {
      JsonNode node = JsonDocuments.MAPPER.readTree(rewrite(Files.readString(example(example))));
      return normalised(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The documented normalisation: last_modified is the directory's own (set when it changes), and
   * attributes and metadata name the table of the object they sit in (the examples hold
   * placeholders).
   */
  static JsonNode normalised(JsonNode document) {
    JsonNode copy = document.deepCopy();
    normalise(copy, null);
    return copy;
  }

  private static void normalise(JsonNode node, String type) {
    if (node instanceof ObjectNode object) {
      object.remove("last_modified");
      String here = object.has("status") ? "service" : type;
      object
          .properties()
          .forEach(
              property -> {
                if (property.getKey().equals("attributes") && here != null) {
                  property.getValue().forEach(a -> ((ObjectNode) a).put("link_entity", here));
                }
                if (property.getKey().equals("metadata") && here != null) {
                  property.getValue().forEach(m -> ((ObjectNode) m).put("resource_type", here));
                }
                normalise(property.getValue(), null);
              });
    } else if (node instanceof ArrayNode array) {
      array.forEach(item -> normalise(item, null));
    }
  }

  static void assertSameDocument(JsonNode actual, JsonNode expected) {
    assertThat(normalised(actual).equals(BY_VALUE, normalised(expected)))
        .as(
            "documents differ:%nactual:   %s%nexpected: %s",
            normalised(actual), normalised(expected))
        .isTrue();
  }

  static void assertSameDocuments(
      List<? extends JsonNode> actual, List<? extends JsonNode> expected) {
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < actual.size(); i++) {
      assertSameDocument(actual.get(i), expected.get(i));
    }
  }
}
