package org.alliance.support.subjectaccess;

import java.util.UUID;
import org.alliance.identity.AllianceUser;
import org.alliance.support.access.PathIds;
import org.alliance.support.access.Practitioner;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The data-protection lead's downloads of a subject-access copy, linked from the person's oversight
 * page. The copy holds case notes, which no page shows: it is for the person themselves.
 */
@Controller
class SubjectAccessController {

  private final SubjectAccessExport export;

  SubjectAccessController(SubjectAccessExport export) {
    this.export = export;
  }

  @GetMapping("/data-protection/people/{id}/export.json")
  ResponseEntity<byte[]> json(@AuthenticationPrincipal AllianceUser user, @PathVariable String id) {
    UUID personId = PathIds.parse(id);
    SubjectAccessCopy copy = export.forLead(Practitioner.of(user), personId, "as JSON");
    return download(SubjectAccessJson.write(copy), MediaType.APPLICATION_JSON, personId, "json");
  }

  @GetMapping("/data-protection/people/{id}/export.pdf")
  ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AllianceUser user, @PathVariable String id) {
    UUID personId = PathIds.parse(id);
    SubjectAccessCopy copy = export.forLead(Practitioner.of(user), personId, "as PDF");
    return download(SubjectAccessPdf.write(copy), MediaType.APPLICATION_PDF, personId, "pdf");
  }

  private static ResponseEntity<byte[]> download(
      byte[] body, MediaType type, UUID personId, String extension) {
    return ResponseEntity.ok()
        .contentType(type)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment()
                .filename("subject-access-" + personId + "." + extension)
                .build()
                .toString())
        .body(body);
  }
}
