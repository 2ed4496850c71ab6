package org.alliance.commissioning.register;

import java.net.URI;
import java.net.URISyntaxException;
import org.alliance.web.FormFields;

/**
 * The register's forms as typed: each field's first value, and the checks the forms share. Forms
 * are read from the request's parameters rather than bound to records because the councils' share
 * fields are named by council ({@code share-<id>}), one per council the register knows.
 */
final class Forms {

  private Forms() {}

  /** A whole number from {@code min} to {@code max}, or null. */
  static Integer whole(String value, int min, int max) {
    String text = FormFields.strip(value);
    if (text == null || !text.matches("[0-9]{1,4}")) {
      return null;
    }
    int number = Integer.parseInt(text);
    return number < min || number > max ? null : number;
  }

  /** A page of a list, from 1; anything else (absent, garbage, huge) is the first page. */
  static Integer pageNumber(String value) {
    Integer number = whole(value, 1, 9999);
    return number == null ? 1 : number;
  }

  /** A financial year typed as "2023" or "2023/24", 2000 to 2100. */
  static Integer financialYear(String value) {
    String text = FormFields.strip(value);
    if (text == null) {
      return null;
    }
    if (text.matches("[0-9]{4}/[0-9]{2}")) {
      int start = Integer.parseInt(text.substring(0, 4));
      if (!text.equals(FinancialYear.label(start))) {
        return null;
      }
      text = text.substring(0, 4);
    }
    return whole(text, 2000, 2100);
  }

  /** An https address with a host, or null. */
  static String httpsUrl(String value) {
    String text = FormFields.strip(value);
    if (text == null || text.length() > 2000 || FormFields.hasMarkup(text)) {
      return null;
    }
    try {
      URI uri = new URI(text);
      return "https".equalsIgnoreCase(uri.getScheme())
              && uri.getHost() != null
              && !uri.getHost().isBlank()
              && uri.getUserInfo() == null
          ? text
          : null;
    } catch (URISyntaxException e) {
      return null;
    }
  }
}
