package org.alliance.support.ndtms;

import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Each member's NDTMS agency code: {@code alliance.ndtms.agency.<member-id>} in configuration, or
 * else {@code support.ndtms_agency} (where the demo puts its invented codes).
 */
@Component
class Agencies {

  private final JdbcClient jdbc;
  private final NdtmsSettings settings;

  Agencies(JdbcClient jdbc, NdtmsSettings settings) {
    this.jdbc = jdbc;
    this.settings = settings;
  }

  Optional<String> of(UUID member) {
    return settings
        .agencyFromConfiguration(member)
        .or(
            () ->
                jdbc.sql("select agency_code from support.ndtms_agency where member_id = :member")
                    .param("member", member)
                    .query(String.class)
                    .optional());
  }
}
