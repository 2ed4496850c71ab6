package org.alliance.directory.upload;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;
import org.alliance.audit.AuditActor;
import org.alliance.audit.AuditEntry;
import org.alliance.audit.AuditLog;
import org.springframework.boot.webmvc.autoconfigure.error.ErrorViewResolver;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.servlet.ModelAndView;

/**
 * A request over the multipart limit is cut off by the server while it streams, before any filter
 * or controller gets its fields (Tomcat answers 413 as soon as the form is read). The uploader then
 * gets the import page saying how large a file may be, not a bare error page.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadTooLarge implements ErrorViewResolver {

  private final UploadLimits limits;
  private final AuditLog audit;
  private final TransactionTemplate transaction;

  UploadTooLarge(UploadLimits limits, AuditLog audit, TransactionTemplate transaction) {
    this.limits = limits;
    this.audit = audit;
    this.transaction = transaction;
  }

  @Override
  public ModelAndView resolveErrorView(
      HttpServletRequest request, HttpStatus status, Map<String, Object> model) {
    if (status != HttpStatus.CONTENT_TOO_LARGE || !"/directory/import".equals(model.get("path"))) {
      return null;
    }
    String why = "The file is larger than " + UploadLimits.shown(limits.fileSize) + "; split it up";
    Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
    if (signedIn != null && signedIn.getPrincipal() instanceof AuditActor) {
      transaction.executeWithoutResult(
          done ->
              audit.record(
                  AuditEntry.of("directory.import-refused", "directory", null).withDetail(why)));
    }
    ModelAndView page = new ModelAndView("directory/import");
    page.addObject("error", why);
    page.setStatus(status);
    return page;
  }
}
