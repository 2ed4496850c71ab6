package org.alliance.support.subjectaccess;

import org.alliance.identity.AllianceUser;
import org.alliance.support.access.NoOwnView;
import org.alliance.support.access.NoSuchRecord;
import org.alliance.support.access.OwnView;
import org.alliance.support.access.OwnViews;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "A copy of everything" in My plan: the person's own subject-access copy, made when they ask (a
 * POST, since each copy is a read of the whole record and audited), as a page they can read and
 * print or as a PDF. Only the person themself: a proxy gets a 404. No id is in any address.
 */
@Controller
class OwnCopyController {

  private final OwnViews views;
  private final SubjectAccessExport export;

  OwnCopyController(OwnViews views, SubjectAccessExport export) {
    this.views = views;
    this.export = export;
  }

  /** What the copy holds, and the button. Reads nothing of the record, so audits nothing. */
  @GetMapping("/my-plan/copy")
  String explain(@AuthenticationPrincipal AllianceUser user) {
    OwnView view = views.find(user.userId()).orElseThrow(NoOwnView::new);
    if (!view.self()) {
      throw new NoSuchRecord();
    }
    return "support/my-plan/copy";
  }

  @PostMapping("/my-plan/copy")
  String make(@AuthenticationPrincipal AllianceUser user, Model model) {
    model.addAttribute("copy", ReadableCopy.of(export.forPerson(user.userId(), "as a page")));
    return "support/my-plan/copy-made";
  }

  @PostMapping("/my-plan/copy.pdf")
  ResponseEntity<byte[]> pdf(@AuthenticationPrincipal AllianceUser user) {
    byte[] pdf =
        SubjectAccessPdf.write(ReadableCopy.of(export.forPerson(user.userId(), "as a PDF")));
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header(
            HttpHeaders.CONTENT_DISPOSITION,
            ContentDisposition.attachment().filename("my-copy.pdf").build().toString())
        .body(pdf);
  }
}
