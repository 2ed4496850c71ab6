package org.alliance.web;

import java.beans.PropertyEditor;
import java.beans.PropertyEditorSupport;
import org.springframework.beans.propertyeditors.CustomBooleanEditor;
import org.springframework.beans.propertyeditors.CustomNumberEditor;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * Whole numbers and yes/no values in forms are fields the browser fills itself (hidden version
 * numbers, page links, checkboxes), so one that does not parse was made by hand: it is read as
 * absent, and the form's own validation says what is missing. Decided here once because Spring
 * binds a form record through its constructor and, when any argument fails to convert, leaves the
 * whole record null, which every controller would otherwise have to remember.
 */
@ControllerAdvice
class LenientFormValues {

  @InitBinder
  void readUnparseableAsAbsent(WebDataBinder binder) {
    binder.registerCustomEditor(
        Integer.class, new Lenient(new CustomNumberEditor(Integer.class, true)));
    binder.registerCustomEditor(Long.class, new Lenient(new CustomNumberEditor(Long.class, true)));
    binder.registerCustomEditor(Boolean.class, new Lenient(new CustomBooleanEditor(true)));
  }

  private static final class Lenient extends PropertyEditorSupport {
    private final PropertyEditor strict;

    Lenient(PropertyEditor strict) {
      this.strict = strict;
    }

    @Override
    public void setAsText(String text) {
      try {
        strict.setAsText(text);
        setValue(strict.getValue());
      } catch (IllegalArgumentException unreadable) {
        setValue(null);
      }
    }

    @Override
    public String getAsText() {
      Object value = getValue();
      return value == null ? "" : value.toString();
    }
  }
}
