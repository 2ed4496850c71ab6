package org.alliance.support.measure;

import java.util.List;
import java.util.Map;
import org.alliance.support.access.RecordAccess;
import org.alliance.support.person.Person;

/** A person's measures page: what is due, what was recorded, and the change since the start. */
public record MeasuresPage(
    RecordAccess access,
    Person person,
    List<DueMeasure> due,
    List<MeasureRecording> recordings,
    Map<String, List<Change>> changes,
    List<MeasureVersion> measures) {}
