package org.alliance.organisation;

import java.beans.PropertyEditorSupport;
import java.util.Optional;
import java.util.function.Function;

/**
 * Binds a radio button's code to its enum. An unknown code binds to nothing, so a tampered request
 * gets the same "Select ..." message as an empty one instead of a conversion failure.
 */
final class CodeEditor<T> extends PropertyEditorSupport {

  private final Function<String, Optional<T>> fromCode;

  CodeEditor(Function<String, Optional<T>> fromCode) {
    this.fromCode = fromCode;
  }

  @Override
  public void setAsText(String text) {
    setValue(text == null ? null : fromCode.apply(text).orElse(null));
  }
}
