package org.alliance.web;

import java.util.Map;

/** What a role's home page is called and says about the work the role does. */
record RoleHome(String title, String lede) {

  static final Map<String, RoleHome> BY_ROLE =
      Map.of(
          "commissioner",
              new RoleHome(
                  "Commissioning",
                  "Commission the alliance's services: contracts, funding, risks and one performance framework. "
                      + "You see people only as aggregated figures, with small numbers suppressed."),
          "alliance-manager",
              new RoleHome(
                  "Alliance management",
                  "Run the alliance: its members, budget, decisions, risks and combined reports."),
          "practitioner",
              new RoleHome(
                  "Your caseload",
                  "Support the people you work with: one shared record under 'no wrong door', their plans and goals, "
                      + "contacts and appointments, referrals and signposting."),
          "directory-editor",
              new RoleHome(
                  "Directory editing",
                  "Keep your organisation's services in the directory accurate, so that people and professionals can "
                      + "find the right support."),
          "admin",
              new RoleHome(
                  "Administration",
                  "Manage the organisations and people who use Alliance, and search the audit log."),
          "data-protection-lead",
              new RoleHome(
                  "Data protection",
                  "Review break-glass access, who has read people's records, retention and subject-access requests. "
                      + "You see who looked and why, never what case notes say."),
          "data-lead",
              new RoleHome(
                  "National returns",
                  "Make your member's monthly NDTMS return: see every row that would be rejected and why, "
                      + "then download the extract. You see your own member's return only, never case notes."),
          "leadership",
              new RoleHome(
                  "Alliance leadership",
                  "Lead the alliance with its other members: its agreement and principles, the decisions put to the "
                      + "leadership team, the open-book accounts and the risks you share."),
          "finance-lead",
              new RoleHome(
                  "Open-book accounts",
                  "Record your member's spend against the alliance's budget, so the alliance's accounts are open to its members. "
                      + "You see your own member's ledger lines and the alliance's totals."));
}
