package org.alliance.support.demo;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.alliance.directory.ServiceLookup;
import org.alliance.directory.ServiceSearch;
import org.alliance.directory.ServiceSearchResult;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * What the generated histories cannot show on their own: two records of one person already merged
 * (the merge can be seen and undone), a likely duplicate not yet merged (to try merging), and
 * referrals to the demo directory's services (the referral shows the service's current details).
 * Run in the demo loader's transaction, after the people are in.
 */
final class DemoExtras {

  /** Searches of the demo directory whose services the demo people are referred to. */
  private static final List<String> SERVICE_SEARCHES =
      List.of("alcohol", "young people", "housing", "mental health");

  private static final String[][] SERVICE_REFERRALS = {
    {"sent", "Asked about a group nearer home."},
    {"accepted", "They would like someone to go with them to the first session."},
    {"started", "Started the weekly group; we keep seeing them meanwhile."},
    {"completed", "Finished the course and wants to carry on as a volunteer."},
    {"declined", "Would like support with this alongside ours."},
    {"withdrawn", "They changed their mind and would rather wait."}
  };

  private final JdbcClient jdbc;
  private final ServiceLookup directory;

  DemoExtras(JdbcClient jdbc, ServiceLookup directory) {
    this.jdbc = jdbc;
    this.directory = directory;
  }

  void add(UUID member, UUID practitioner, UUID colleague) {
    List<UUID> people =
        jdbc.sql(
                """
                select id from support.person
                 where registered_by = :practitioner and merged_into is null
                   and date_of_birth is not null
                 order by family_name, given_name, id
                 limit 12
                """)
            .param("practitioner", practitioner)
            .query(UUID.class)
            .list();
    if (people.size() < 12) {
      return;
    }
    UUID firstHalf = duplicate(people.get(0), colleague, "OR-2019-0412");
    merge(firstHalf, people.get(0), member, practitioner);
    UUID secondHalf = duplicate(people.get(1), colleague, "OR-2020-1177");
    merge(secondHalf, people.get(1), member, practitioner);
    duplicate(people.get(2), colleague, "OR-2021-0088"); // left for someone to merge
    referToServices(people.subList(3, 12), member, practitioner);
  }

  /**
   * A second record of the person, typed years ago by a colleague with the given name shortened
   * (Jessica as Jess), the same date of birth and postcode, a reference of its own and one contact.
   */
  private UUID duplicate(UUID person, UUID colleague, String reference) {
    UUID id =
        jdbc.sql(
                """
                insert into support.person (given_name, family_name, date_of_birth, postcode,
                  registered_by_member, registered_by, registered_at, last_contact_at)
                select case when length(given_name) > 4 then left(given_name, 3) || 'i'
                            else given_name || 'e' end,
                       family_name, date_of_birth, postcode, registered_by_member, :colleague,
                       registered_at - interval '2 years', registered_at - interval '23 months'
                  from support.person where id = :person
                returning id
                """)
            .param("colleague", colleague)
            .param("person", person)
            .query(UUID.class)
            .single();
    jdbc.sql(
            """
            insert into support.access_grant (person_id, kind, member_id, labels, status, reason, starts_at)
            select :id, 'standard', registered_by_member,
                   array['safeguarding', 'sexual-health', 'criminal-justice', 'mental-health'],
                   'active', 'Registered here', registered_at
              from support.person where id = :id
            """)
        .param("id", id)
        .update();
    jdbc.sql(
            """
            insert into support.member_reference (person_id, member_id, reference)
            select id, registered_by_member, :reference from support.person where id = :id
            """)
        .param("id", id)
        .param("reference", reference)
        .update();
    jdbc.sql(
            """
            insert into support.contact (person_id, member_id, worker_id, mode, happens_at, outcome,
              summary, recorded_by, recorded_at)
            select id, registered_by_member, registered_by, 'face-to-face', last_contact_at, 'attended',
                   'First meeting at the drop-in; details taken on paper and typed up later.',
                   registered_by, last_contact_at
              from support.person where id = :id
            """)
        .param("id", id)
        .update();
    return id;
  }

  private void merge(UUID half, UUID survivor, UUID member, UUID by) {
    jdbc.sql("update support.person set merged_into = :survivor where id = :half")
        .param("survivor", survivor)
        .param("half", half)
        .update();
    jdbc.sql(
            """
            insert into support.person_merge (merged_id, survivor_id, reason, merged_by, merged_by_member)
            values (:half, :survivor,
                    'Same date of birth and postcode; the older record was typed from a paper form',
                    :by, :member)
            """)
        .param("half", half)
        .param("survivor", survivor)
        .param("by", by)
        .param("member", member)
        .update();
  }

  private void referToServices(List<UUID> people, UUID member, UUID by) {
    List<ServiceSearchResult.Found> services = new ArrayList<>();
    List<String> foundBy = new ArrayList<>();
    for (String words : SERVICE_SEARCHES) {
      ServiceSearch search = new ServiceSearch(words, "");
      for (ServiceSearchResult.Found found : directory.find(search).services()) {
        if (services.stream().noneMatch(s -> s.serviceId().equals(found.serviceId()))) {
          services.add(found);
          foundBy.add(search.describe());
          break;
        }
      }
    }
    if (services.isEmpty()) {
      return;
    }
    for (int i = 0; i < people.size(); i++) {
      String[] referral = SERVICE_REFERRALS[i % SERVICE_REFERRALS.length];
      int service = i % services.size();
      jdbc.sql(
              """
              insert into support.referral (person_id, from_member, sent_by, sent_at, to_service_id,
                status, basis, note, decline_reason, found_by, updated_at)
              values (:person, :member, :by, now() - make_interval(days => :daysAgo), :service,
                      :status, 'consent', :note,
                      case when :status = 'declined' then 'The group is full until the spring' end,
                      :foundBy, now() - make_interval(days => :daysAgo))
              """)
          .param("person", people.get(i))
          .param("member", member)
          .param("by", by)
          .param("daysAgo", 3 + 9 * i)
          .param("service", services.get(service).serviceId())
          .param("status", referral[0])
          .param("note", referral[1])
          .param("foundBy", foundBy.get(service))
          .update();
    }
  }
}
