package org.alliance.support.access;

/**
 * The one condition that keeps an entry a practitioner withheld (with a reason, for example a
 * safeguarding concern) out of the person's own view, their proxies' view, their copy and the "My
 * plan" API. Every query those read adds it for each kind of entry they show.
 */
public final class Withholding {

  private Withholding() {}

  /**
   * {@code not exists (...)}: the entry of this kind whose id is {@code idColumn} is not withheld
   * now. The kind is a constant of the caller's, never a request's.
   */
  public static String shown(EntryKind kind, String idColumn) {
    return "not exists (select 1 from support.withheld_entry w where w.entry_kind = '"
        + kind.code()
        + "' and w.entry_id = "
        + idColumn
        + " and w.released_at is null)";
  }

  /** The kinds of entry that can be withheld, as stored in {@code support.withheld_entry}. */
  public enum EntryKind {
    GOAL("goal", "goal"),
    PLAN_ENTRY("plan-entry", "entry in the plan conversation"),
    NETWORK("network", "person in the network"),
    REVIEW("review", "review"),
    CONTRIBUTION("contribution", "contribution"),
    CONTACT("contact", "contact or appointment"),
    BUDGET("budget", "budget"),
    NOTE("note", "case note"),
    EPISODE("episode", "episode"),
    REFERRAL("referral", "referral");

    private final String code;
    private final String label;

    EntryKind(String code, String label) {
      this.code = code;
      this.label = label;
    }

    public String code() {
      return code;
    }

    public String label() {
      return label;
    }

    public static java.util.Optional<EntryKind> fromCode(String code) {
      return java.util.Arrays.stream(values()).filter(k -> k.code.equals(code)).findFirst();
    }
  }
}
