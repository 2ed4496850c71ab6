package org.alliance.support.measure;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.alliance.support.measure.MeasureDefinition.Item;
import org.alliance.support.measure.MeasureDefinition.Scale;

/**
 * The answers typed into a measure's form, checked against its definition: each item's field is
 * {@code item-CODE}; left empty (or "Not answered" chosen), the item was not answered. A number out
 * of range, with too many decimal places or not a number at all is an error naming the item.
 */
final class AnswerForm {

  private static final Pattern NUMBER = Pattern.compile("-?[0-9]{1,10}(\\.[0-9]{1,6})?");

  /** The "Not answered" radio's value: no code can be it (codes start with a letter). */
  static final String NOT_ANSWERED = "_";

  final Map<String, String> typed = new LinkedHashMap<>();
  final Map<String, Object> answers = new LinkedHashMap<>();
  final Map<String, String> errors = new LinkedHashMap<>();

  static String field(Item item) {
    return "item-" + item.code();
  }

  static AnswerForm empty() {
    return new AnswerForm();
  }

  static AnswerForm read(MeasureDefinition definition, Map<String, String> params) {
    AnswerForm form = new AnswerForm();
    for (Item item : definition.items()) {
      String raw = params.get(field(item));
      String value = raw == null ? "" : raw.strip();
      form.typed.put(item.code(), value.length() > 40 ? value.substring(0, 40) : value);
      form.answers.put(item.code(), null);
      if (value.isEmpty() || value.equals(NOT_ANSWERED)) {
        continue;
      }
      Scale scale = definition.scaleOf(item);
      switch (scale.kind()) {
        case NUMBER -> form.number(item, scale, value);
        case YES_NO -> {
          if (value.equals("yes") || value.equals("no")) {
            form.answers.put(item.code(), value);
          } else {
            form.errors.put(field(item), item.text() + ": choose yes, no or not answered");
          }
        }
        case CHOICE -> {
          if (scale.choice(value).isPresent()) {
            form.answers.put(item.code(), value);
          } else {
            form.errors.put(field(item), item.text() + ": choose an answer, or not answered");
          }
        }
      }
    }
    return form;
  }

  private void number(Item item, Scale scale, String value) {
    String range =
        "enter a number from "
            + plain(scale.minimum())
            + " to "
            + plain(scale.maximum())
            + (scale.decimals() > 0
                ? ", with up to " + scale.decimals() + " decimal places"
                : ", a whole number")
            + ", or leave it empty if not answered";
    if (!NUMBER.matcher(value).matches()) {
      errors.put(field(item), item.text() + ": " + range);
      return;
    }
    BigDecimal number = new BigDecimal(value);
    if (number.compareTo(scale.minimum()) < 0
        || number.compareTo(scale.maximum()) > 0
        || number.stripTrailingZeros().scale() > scale.decimals()) {
      errors.put(field(item), item.text() + ": " + range);
      return;
    }
    answers.put(
        item.code(),
        number.stripTrailingZeros().scale() < 0 ? number.setScale(0) : number.stripTrailingZeros());
  }

  private static String plain(BigDecimal number) {
    return number.stripTrailingZeros().toPlainString();
  }

  public String typed(String code) {
    return typed.getOrDefault(code, "");
  }

  public String error(String field) {
    return errors.get(field);
  }
}
