package org.alliance.commissioning.ocds;

import org.alliance.commissioning.OpenContracting.Audience;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * {@code GET /api/commissioning/ocds/release-package}: open to anyone; a signed-in commissioner
 * gets the councils' view, everyone else what {@link Disclosure} lets the public see. The snapshot
 * is read before the response starts, so a database failure is an error response, not half a file.
 */
@RestController
class OcdsController {

  private final Releases releases;
  private final Disclosure disclosure;
  private final PackageWriter writer;

  OcdsController(Releases releases, Disclosure disclosure, OcdsSettings settings) {
    this.releases = releases;
    this.disclosure = disclosure;
    this.writer = new PackageWriter(settings);
  }

  @GetMapping("/api/commissioning/ocds/release-package")
  ResponseEntity<StreamingResponseBody> releasePackage(Authentication authentication) {
    Audience audience = disclosure.audienceOf(authentication);
    Releases.Snapshot snapshot = releases.snapshot();
    StreamingResponseBody body = out -> writer.write(snapshot, disclosure.shown(audience), out);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header("Cache-Control", "no-store")
        .header("Vary", "Cookie")
        .body(body);
  }
}
