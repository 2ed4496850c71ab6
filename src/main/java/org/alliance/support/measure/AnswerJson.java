package org.alliance.support.measure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Answers and scores as they are stored: one JSON object, item code to answer (null: none). */
final class AnswerJson {

  private AnswerJson() {}

  static String write(Map<String, ?> values) {
    ObjectNode object = MeasureFile.JSON.createObjectNode();
    values.forEach(
        (code, value) -> {
          if (value == null) {
            object.putNull(code);
          } else if (value instanceof BigDecimal number) {
            object.put(code, number);
          } else {
            object.put(code, String.valueOf(value));
          }
        });
    return MeasureFile.JSON.writeValueAsString(object);
  }

  static Map<String, Object> answers(String json) {
    Map<String, Object> answers = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : MeasureFile.JSON.readTree(json).properties()) {
      JsonNode value = field.getValue();
      answers.put(
          field.getKey(),
          value.isNumber() ? value.decimalValue() : value.isString() ? value.stringValue() : null);
    }
    return answers;
  }

  static Map<String, BigDecimal> scores(String json) {
    Map<String, BigDecimal> scores = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> field : MeasureFile.JSON.readTree(json).properties()) {
      scores.put(
          field.getKey(), field.getValue().isNumber() ? field.getValue().decimalValue() : null);
    }
    return scores;
  }
}
