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

  OcdsSettings(
      @Value("${alliance.commissioning.ocds.prefix}") String prefix,
      @Value("${alliance.commissioning.ocds.publisher}") String publisher,
      @Value("${alliance.commissioning.ocds.package-uri}") String packageUri,
      @Value("${alliance.commissioning.ocds.publish-to-public}") String publishToPublic) {
    if (!publishToPublic.equals("summary") && !publishToPublic.equals("full")) {
      throw new IllegalStateException(
          "alliance.commissioning.ocds.publish-to-public must be summary or full, not "
              + publishToPublic);
    }
    this.prefix = prefix;
    this.publisher = publisher;
    this.packageUri = packageUri;
    this.publishToPublic = publishToPublic;
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

  boolean publicSeesFull() {
    return publishToPublic.equals("full");
  }
}
