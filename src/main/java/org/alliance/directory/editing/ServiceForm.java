package org.alliance.directory.editing;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.alliance.directory.Postcodes;
import org.springframework.validation.Errors;

/**
 * What an editor typed into the service form: the fields people search and read, the main place and
 * its weekly hours. Everything else in the HSDS document (other places, contacts, languages,
 * capacity) is carried over unchanged. Text is kept as typed so a mistake is shown back exactly.
 *
 * @param baseStamp what the published service looked like when the form was opened, so a change
 *     saved meanwhile by someone else (or an import) is noticed rather than overwritten
 * @param changeVersion the version of the editor's own pending change being revised, if any
 * @param original the fields as the form first showed them (see {@link #snapshot}), so that after
 *     someone else's change the editor's own edits can be laid over the new version
 */
record ServiceForm(
    String organizationId,
    String name,
    String alternateName,
    String description,
    String status,
    String minimumAge,
    String maximumAge,
    String eligibilityDescription,
    String applicationProcess,
    String feesDescription,
    String interpretationServices,
    String phone,
    String email,
    String url,
    List<String> termIds,
    String locationName,
    String address1,
    String city,
    String county,
    String postcode,
    List<String> opens,
    List<String> closes,
    String reason,
    String baseStamp,
    Integer changeVersion,
    String original) {

  /** The HSDS service statuses, with what editors call them. */
  static final Map<String, String> STATUSES =
      Map.of(
          "active",
          "Open",
          "temporarily closed",
          "Temporarily closed",
          "inactive",
          "Not taking anyone at the moment",
          "defunct",
          "Closed for good");

  /** In the order the page shows them, so the error summary lists problems top to bottom. */
  static final String FIELDS =
      "organizationId,name,alternateName,description,status,minimumAge,maximumAge,"
          + "eligibilityDescription,applicationProcess,feesDescription,interpretationServices,phone,email,url,"
          + "locationName,address1,city,county,postcode,opens,reason";

  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern WEB =
      Pattern.compile("(?i)https?://[a-z0-9-]+(\\.[a-z0-9-]+)+(:[0-9]{1,5})?([/?#]\\S*)?");
  private static final Pattern PHONE =
      Pattern.compile("\\+?[0-9 ()-]{6,25}( ?(ext|x)\\.? ?[0-9]{1,6})?");
  private static final Map<String, String> LABELS =
      Map.ofEntries(
          Map.entry("name", "Name"),
          Map.entry("alternateName", "Other name"),
          Map.entry("description", "Description"),
          Map.entry("eligibilityDescription", "Who it is for"),
          Map.entry("applicationProcess", "How to get help"),
          Map.entry("feesDescription", "Cost"),
          Map.entry("interpretationServices", "Interpreting"),
          Map.entry("locationName", "Name of the place"),
          Map.entry("address1", "Building and street"),
          Map.entry("city", "Town or city"),
          Map.entry("county", "County"),
          Map.entry("reason", "What changed and why"));

  ServiceForm {
    termIds =
        termIds == null
            ? List.of()
            : termIds.stream().filter(id -> id != null && !id.isBlank()).distinct().toList();
    OpeningHours week = new OpeningHours(opens, closes);
    opens = week.opens();
    closes = week.closes();
  }

  /** The fields that describe the service, by name, as JSON: what {@link #original} holds. */
  String snapshot() {
    Map<String, Object> values = new java.util.LinkedHashMap<>();
    for (java.lang.reflect.RecordComponent component : ServiceForm.class.getRecordComponents()) {
      if (!BOOKKEEPING.contains(component.getName())) {
        values.put(component.getName(), value(component, this));
      }
    }
    return ProposedChanges.JSON.writeValueAsString(values);
  }

  /** The same form carrying its own snapshot, as it is first shown. */
  ServiceForm remembered() {
    return with(this, baseStamp, changeVersion, snapshot());
  }

  /**
   * Lays this form's edits over {@code latest} (the form for the service as it is now): each field
   * the editor changed from {@link #original} keeps their value; every other field takes the latest
   * one. Without an original, everything typed is kept.
   */
  ServiceForm over(ServiceForm latest) {
    if (original == null || original.isBlank()) {
      return with(this, latest.baseStamp, latest.changeVersion, latest.snapshot());
    }
    Map<?, ?> before;
    try {
      before = ProposedChanges.JSON.readValue(original, Map.class);
    } catch (RuntimeException unreadable) {
      return with(this, latest.baseStamp, latest.changeVersion, latest.snapshot());
    }
    java.lang.reflect.RecordComponent[] components = ServiceForm.class.getRecordComponents();
    Object[] merged = new Object[components.length];
    for (int i = 0; i < components.length; i++) {
      Object mine = value(components[i], this);
      boolean edited =
          !BOOKKEEPING.contains(components[i].getName())
              && !java.util.Objects.equals(
                  normalised(mine), normalised(before.get(components[i].getName())));
      merged[i] =
          edited || components[i].getName().equals("reason") ? mine : value(components[i], latest);
    }
    ServiceForm form = construct(merged);
    return with(form, latest.baseStamp, latest.changeVersion, latest.snapshot());
  }

  private static final Set<String> BOOKKEEPING =
      Set.of("baseStamp", "changeVersion", "original", "reason");

  private static ServiceForm with(
      ServiceForm form, String stamp, Integer version, String original) {
    return form.toBuilder().baseStamp(stamp).changeVersion(version).original(original).build();
  }

  private static Object value(java.lang.reflect.RecordComponent component, ServiceForm form) {
    try {
      return component.getAccessor().invoke(form);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Blank and missing mean the same; lists compare as lists of text. */
  private static Object normalised(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(item -> item == null ? "" : item.toString().strip()).toList();
    }
    return value == null || value.toString().isBlank() ? null : value.toString().strip();
  }

  private static ServiceForm construct(Object[] values) {
    Class<?>[] types =
        java.util.Arrays.stream(ServiceForm.class.getRecordComponents())
            .map(java.lang.reflect.RecordComponent::getType)
            .toArray(Class<?>[]::new);
    try {
      return ServiceForm.class.getDeclaredConstructor(types).newInstance(values);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  OpeningHours hours() {
    return new OpeningHours(opens, closes);
  }

  boolean hasAddress() {
    return !(blank(address1) && blank(city) && blank(county) && blank(postcode));
  }

  /**
   * Checks what Bean Validation cannot: numbers typed as text, pairs of fields and the week's
   * hours.
   */
  void validate(Errors errors, boolean newService, boolean hoursEditable) {
    if (newService && blank(organizationId)) {
      errors.rejectValue(
          "organizationId", "required", "Select the organisation that runs the service");
    }
    required(errors, "name", name, "Enter the name of the service", 200);
    length(errors, "alternateName", alternateName, 200);
    required(errors, "description", description, "Describe what the service does", 4000);
    if (blank(status) || !STATUSES.containsKey(status)) {
      errors.rejectValue("status", "required", "Select whether the service is open");
    }
    Integer youngest = age(errors, "minimumAge", minimumAge, "youngest");
    Integer oldest = age(errors, "maximumAge", maximumAge, "oldest");
    if (youngest != null && oldest != null && oldest < youngest) {
      errors.rejectValue(
          "maximumAge",
          "range",
          "The oldest age must be the same as or more than the youngest age");
    }
    for (String field :
        List.of(
            "eligibilityDescription",
            "applicationProcess",
            "feesDescription",
            "interpretationServices")) {
      length(errors, field, (String) errors.getFieldValue(field), 4000);
    }
    if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
      errors.rejectValue(
          "phone", "format", "Enter a phone number, like 01632 960 001 or +44 808 157 0192");
    }
    if (!blank(email)
        && (!EMAIL.matcher(email.strip()).matches() || email.strip().length() > 254)) {
      errors.rejectValue(
          "email", "format", "Enter an email address in the correct format, like name@example.org");
    }
    if (!blank(url) && (!WEB.matcher(url.strip()).matches() || url.strip().length() > 500)) {
      errors.rejectValue(
          "url",
          "format",
          "Enter a website address in the correct format, like https://www.example.org");
    }
    length(errors, "locationName", locationName, 200);
    if (hasAddress()) {
      required(errors, "address1", address1, "Enter the building and street of the address", 200);
      required(errors, "city", city, "Enter the town or city", 100);
      required(errors, "county", county, "Enter the county", 100);
      if (blank(postcode)) {
        errors.rejectValue("postcode", "required", "Enter the postcode");
      } else if (Postcodes.normalise(postcode).isEmpty()) {
        errors.rejectValue("postcode", "format", "Enter a full UK postcode, like BK1 2AB");
      }
    }
    if (hoursEditable) {
      hours().problems().values().stream()
          .findFirst()
          .ifPresent(message -> errors.rejectValue("opens", "hours", message));
    }
    length(errors, "reason", reason, 2000);
  }

  private static void required(Errors errors, String field, String value, String message, int max) {
    if (blank(value)) {
      errors.rejectValue(field, "required", message);
    } else {
      length(errors, field, value, max);
    }
  }

  private static void length(Errors errors, String field, String value, int max) {
    if (value != null && value.strip().length() > max && !errors.hasFieldErrors(field)) {
      errors.rejectValue(
          field, "length", LABELS.get(field) + " must be " + max + " characters or fewer");
    }
  }

  private static Integer age(Errors errors, String field, String value, String which) {
    if (blank(value)) {
      return null;
    }
    try {
      int age = Integer.parseInt(value.strip());
      if (age >= 0 && age <= 120) {
        return age;
      }
    } catch (NumberFormatException notANumber) {
      // reported below
    }
    errors.rejectValue(
        field, "format", "Enter the " + which + " age as a whole number of years, like 18");
    return null;
  }

  static boolean blank(String value) {
    return value == null || value.isBlank();
  }

  static String tidy(String value) {
    return blank(value) ? null : value.strip();
  }

  /**
   * A form built by name rather than by position (twenty-six components): a blank form for a new
   * service, one read from a document, or a copy with a few fields changed.
   */
  static Builder builder() {
    return new Builder();
  }

  Builder toBuilder() {
    return new Builder()
        .organizationId(organizationId)
        .name(name)
        .alternateName(alternateName)
        .description(description)
        .status(status)
        .minimumAge(minimumAge)
        .maximumAge(maximumAge)
        .eligibilityDescription(eligibilityDescription)
        .applicationProcess(applicationProcess)
        .feesDescription(feesDescription)
        .interpretationServices(interpretationServices)
        .phone(phone)
        .email(email)
        .url(url)
        .termIds(termIds)
        .locationName(locationName)
        .address1(address1)
        .city(city)
        .county(county)
        .postcode(postcode)
        .opens(opens)
        .closes(closes)
        .reason(reason)
        .baseStamp(baseStamp)
        .changeVersion(changeVersion)
        .original(original);
  }

  /** The form for a new service: open, no days, under the given organisation if there is one. */
  static ServiceForm forNewService(String organizationId) {
    return builder()
        .organizationId(organizationId)
        .status("active")
        .termIds(List.of())
        .opens(List.of())
        .closes(List.of())
        .build();
  }

  static final class Builder {
    private String organizationId;
    private String name;
    private String alternateName;
    private String description;
    private String status;
    private String minimumAge;
    private String maximumAge;
    private String eligibilityDescription;
    private String applicationProcess;
    private String feesDescription;
    private String interpretationServices;
    private String phone;
    private String email;
    private String url;
    private List<String> termIds;
    private String locationName;
    private String address1;
    private String city;
    private String county;
    private String postcode;
    private List<String> opens;
    private List<String> closes;
    private String reason;
    private String baseStamp;
    private Integer changeVersion;
    private String original;

    private Builder() {}

    Builder organizationId(String organizationId) {
      this.organizationId = organizationId;
      return this;
    }

    Builder name(String name) {
      this.name = name;
      return this;
    }

    Builder alternateName(String alternateName) {
      this.alternateName = alternateName;
      return this;
    }

    Builder description(String description) {
      this.description = description;
      return this;
    }

    Builder status(String status) {
      this.status = status;
      return this;
    }

    Builder minimumAge(String minimumAge) {
      this.minimumAge = minimumAge;
      return this;
    }

    Builder maximumAge(String maximumAge) {
      this.maximumAge = maximumAge;
      return this;
    }

    Builder eligibilityDescription(String eligibilityDescription) {
      this.eligibilityDescription = eligibilityDescription;
      return this;
    }

    Builder applicationProcess(String applicationProcess) {
      this.applicationProcess = applicationProcess;
      return this;
    }

    Builder feesDescription(String feesDescription) {
      this.feesDescription = feesDescription;
      return this;
    }

    Builder interpretationServices(String interpretationServices) {
      this.interpretationServices = interpretationServices;
      return this;
    }

    Builder phone(String phone) {
      this.phone = phone;
      return this;
    }

    Builder email(String email) {
      this.email = email;
      return this;
    }

    Builder url(String url) {
      this.url = url;
      return this;
    }

    Builder termIds(List<String> termIds) {
      this.termIds = termIds;
      return this;
    }

    Builder locationName(String locationName) {
      this.locationName = locationName;
      return this;
    }

    Builder address1(String address1) {
      this.address1 = address1;
      return this;
    }

    Builder city(String city) {
      this.city = city;
      return this;
    }

    Builder county(String county) {
      this.county = county;
      return this;
    }

    Builder postcode(String postcode) {
      this.postcode = postcode;
      return this;
    }

    Builder opens(List<String> opens) {
      this.opens = opens;
      return this;
    }

    Builder closes(List<String> closes) {
      this.closes = closes;
      return this;
    }

    Builder reason(String reason) {
      this.reason = reason;
      return this;
    }

    Builder baseStamp(String baseStamp) {
      this.baseStamp = baseStamp;
      return this;
    }

    Builder changeVersion(Integer changeVersion) {
      this.changeVersion = changeVersion;
      return this;
    }

    Builder original(String original) {
      this.original = original;
      return this;
    }

    ServiceForm build() {
      return new ServiceForm(
          organizationId,
          name,
          alternateName,
          description,
          status,
          minimumAge,
          maximumAge,
          eligibilityDescription,
          applicationProcess,
          feesDescription,
          interpretationServices,
          phone,
          email,
          url,
          termIds,
          locationName,
          address1,
          city,
          county,
          postcode,
          opens,
          closes,
          reason,
          baseStamp,
          changeVersion,
          original);
    }
  }
}
