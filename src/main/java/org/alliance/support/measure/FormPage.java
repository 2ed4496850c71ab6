package org.alliance.support.measure;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.measure.MeasureDefinition.Item;
import org.alliance.support.person.Person;

/** The form for one version of a measure, built from its definition, for one person. */
public record FormPage(RecordAccess access, Person person, MeasureVersion version) {

  public MeasureDefinition definition() {
    return version.definition();
  }

  /** The items grouped by section, in the definition's order. */
  public Map<String, List<Item>> sections() {
    Map<String, List<Item>> sections = new LinkedHashMap<>();
    for (Item item : definition().items()) {
      sections
          .computeIfAbsent(item.section() == null ? "" : item.section(), s -> new ArrayList<>())
          .add(item);
    }
    return sections;
  }

  public MeasureDefinition.Scale scale(Item item) {
    return definition().scaleOf(item);
  }

  public String field(Item item) {
    return AnswerForm.field(item);
  }

  public List<Stage> stages() {
    return List.of(Stage.values());
  }
}
