package org.alliance.directory.duplicates;

import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Finds likely pairs among every active service without comparing each with each: records are
 * grouped by what a pair would share (a phone number, website, email, postcode, a word of the name,
 * the whole name), and only records in a group together are compared. A group bigger than {@link
 * #LARGEST_GROUP} says nothing about any one pair (a hub's postcode, a helpline everyone lists, a
 * word like "support") and makes none.
 */
@Component
class DuplicateMatcher {

  static final int LARGEST_GROUP = 200;

  private final JdbcClient jdbc;

  DuplicateMatcher(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** A likely pair, first id before second. */
  record Found(String firstId, String secondId, Resemblance.Likeness likeness) {}

  List<Found> find() {
    List<MatchRecord> records = load();
    Map<String, List<Integer>> groups = new HashMap<>();
    for (int i = 0; i < records.size(); i++) {
      MatchRecord record = records.get(i);
      int at = i;
      Function<String, List<Integer>> group = key -> new ArrayList<>(2);
      record.phones().forEach(phone -> groups.computeIfAbsent("p:" + phone, group).add(at));
      record.websites().forEach(site -> groups.computeIfAbsent("w:" + site, group).add(at));
      record.emails().forEach(email -> groups.computeIfAbsent("e:" + email, group).add(at));
      record.postcodes().forEach(code -> groups.computeIfAbsent("a:" + code, group).add(at));
      groups.computeIfAbsent("n:" + record.nameWords(), group).add(at);
      for (String word : Resemblance.keyWords(record.nameWords())) {
        groups.computeIfAbsent("k:" + word, group).add(at);
      }
    }
    Set<Long> compared = new HashSet<>();
    List<Found> found = new ArrayList<>();
    for (List<Integer> group : groups.values()) {
      if (group.size() < 2 || group.size() > LARGEST_GROUP) {
        continue;
      }
      for (int x = 0; x < group.size(); x++) {
        MatchRecord a = records.get(group.get(x));
        for (int y = x + 1; y < group.size(); y++) {
          MatchRecord b = records.get(group.get(y));
          if (!a.mayPairWith(b)) {
            continue;
          }
          int low = Math.min(group.get(x), group.get(y));
          int high = Math.max(group.get(x), group.get(y));
          if (!compared.add(((long) low << 32) | high)) {
            continue;
          }
          Resemblance.Likeness likeness = Resemblance.of(a, b);
          if (likeness != null) {
            boolean inOrder = a.id().compareTo(b.id()) < 0;
            found.add(new Found(inOrder ? a.id() : b.id(), inOrder ? b.id() : a.id(), likeness));
          }
        }
      }
    }
    return found;
  }

  /** Every active service with its contact points: four set-wide queries. */
  private List<MatchRecord> load() {
    Map<String, Loading> loading = new LinkedHashMap<>();
    jdbc.sql(
            """
            select s.id, s.name, o.name as organisation, s.url, s.email, fr.feed_id::text as feed
              from directory.service s
              join directory.organization o on o.id = s.organization_id
              left join directory.feed_record fr on fr.service_id = s.id
             where s.status = 'active'
            """)
        .query(
            (ResultSet rs) -> {
              Loading record =
                  new Loading(
                      rs.getString("id"),
                      rs.getString("feed"),
                      Resemblance.words(rs.getString("name")),
                      Resemblance.words(rs.getString("organisation")));
              add(record.websites, Resemblance.website(rs.getString("url")));
              add(record.emails, Resemblance.email(rs.getString("email")));
              loading.put(record.id, record);
            });
    jdbc.sql(
            """
            select coalesce(p.service_id, sal.service_id) as service_id, p.number
              from directory.phone p
              left join directory.service_at_location sal on sal.id = p.service_at_location_id
              left join directory.location l on l.id = sal.location_id
             where coalesce(p.service_id, sal.service_id) is not null
               and (l.id is null or not l.address_hidden)
            """)
        .query(
            (ResultSet rs) -> {
              Loading record = loading.get(rs.getString("service_id"));
              if (record != null) {
                add(record.phones, Resemblance.phone(rs.getString("number")));
              }
            });
    // Hidden places (refuges) are left out: "same postcode as a refuge" would say where it is.
    jdbc.sql(
            """
            select sal.service_id, ad.postal_code
              from directory.service_at_location sal
              join directory.location l on l.id = sal.location_id and not l.address_hidden
              join directory.address ad on ad.location_id = l.id
            """)
        .query(
            (ResultSet rs) -> {
              Loading record = loading.get(rs.getString("service_id"));
              if (record != null) {
                add(record.postcodes, Resemblance.postcode(rs.getString("postal_code")));
              }
            });
    return loading.values().stream().map(Loading::record).toList();
  }

  private static void add(Set<String> into, String value) {
    if (value != null) {
      into.add(value);
    }
  }

  /** A record while its contact points are gathered. */
  private static final class Loading {
    final String id;
    final String feed;
    final String nameWords;
    final String organisationWords;
    final Set<String> phones = new HashSet<>(2);
    final Set<String> websites = new HashSet<>(2);
    final Set<String> emails = new HashSet<>(2);
    final Set<String> postcodes = new HashSet<>(2);

    Loading(String id, String feed, String nameWords, String organisationWords) {
      this.id = id;
      this.feed = feed;
      this.nameWords = nameWords;
      this.organisationWords = organisationWords;
    }

    MatchRecord record() {
      return new MatchRecord(
          id, feed, nameWords, organisationWords, phones, websites, emails, postcodes);
    }
  }
}
