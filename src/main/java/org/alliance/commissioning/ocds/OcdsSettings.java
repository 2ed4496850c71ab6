package org.alliance.commissioning.ocds;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** The publisher's settings ({@code alliance.commissioning.ocds.*}, see application.properties). */
@Component
class OcdsSettings {

  private final String prefix;
  private final String publisher;
  private final String packageUri;
  private final String publishToPublic;
  private final String license;

  OcdsSettings(
      @Value("${alliance.commissioning.ocds.prefix}") String prefix,
      @Value("${alliance.commissioning.ocds.publisher}") String publisher,
      @Value("${alliance.commissioning.ocds.package-uri}") String packageUri,
      @Value("${alliance.commissioning.ocds.publish-to-public}") String publishToPublic,
      @Value("${alliance.commissioning.ocds.license:}") String license) {
    if (!publishToPublic.equals("summary") && !publishToPublic.equals("full")) {
      throw new IllegalStateException(
          "alliance.commissioning.ocds.publish-to-public must be summary or full, not "
              + publishToPublic);
    }
    this.prefix = prefix;
    this.publisher = publisher;
    this.packageUri = packageUri;
    this.publishToPublic = publishToPublic;
    this.license = license.isBlank() ? null : checkedLicense(license.strip());
  }

  /** The licence's address, as OCDS asks for it: an absolute http(s) URI. */
  private static String checkedLicense(String license) {
    try {
      java.net.URI uri = new java.net.URI(license);
      if (uri.getHost() != null
          && ("https".equals(uri.getScheme()) || "http".equals(uri.getScheme()))) {
        return license;
      }
    } catch (java.net.URISyntaxException e) {
      // refused below, in the same words
    }
    throw new IllegalStateException(
        "alliance.commissioning.ocds.license must be the licence's web address (https://...), or"
            + " empty for none, not "
            + license);
  }

  String prefix() {
    return prefix;
  }

  String publisher() {
    return publisher;
  }

  String packageUri() {
    return packageUri;
  }

  /** The licence the data is published under, or null to leave it unsaid. */
  String license() {
    return license;
  }

  boolean publicSeesFull() {
    return publishToPublic.equals("full");
  }
}
