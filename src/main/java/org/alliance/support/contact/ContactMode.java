package org.alliance.support.contact;

import java.util.Arrays;
import java.util.Optional;

/** How a contact happens. */
public enum ContactMode {
  FACE_TO_FACE("face-to-face", "Face to face"),
  PHONE("phone", "Phone"),
  VIDEO("video", "Video"),
  OUTREACH("outreach", "Outreach"),
  GROUP("group", "Group");

  private final String code;
  private final String label;

  ContactMode(String code, String label) {
    this.code = code;
    this.label = label;
  }

  public String code() {
    return code;
  }

  public String label() {
    return label;
  }

  public static Optional<ContactMode> fromCode(String code) {
    return Arrays.stream(values()).filter(m -> m.code.equals(code)).findFirst();
  }
}
