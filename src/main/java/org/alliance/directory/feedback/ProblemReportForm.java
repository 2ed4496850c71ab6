package org.alliance.directory.feedback;

import org.springframework.validation.Errors;

/** What a visitor says is wrong, and an optional address for a reply. */
record ProblemReportForm(String whatIsWrong, String email) {

  static final int MAX_LENGTH = 2000;

  void validate(Errors errors) {
    if (whatIsWrong == null || whatIsWrong.isBlank()) {
      errors.rejectValue("whatIsWrong", "required", "Tell us what is wrong with this page");
    } else if (whatIsWrong.length() > MAX_LENGTH) {
      errors.rejectValue(
          "whatIsWrong", "length", "What is wrong must be " + MAX_LENGTH + " characters or fewer");
    }
    if (email != null
        && !email.isBlank()
        && !email.strip().matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
      errors.rejectValue(
          "email", "format", "Enter an email address in the correct format, like name@example.org");
    }
  }
}
