package org.alliance.directory;

/**
 * The one place that cuts what a report repeats from a file someone gave us (a cell, a column name,
 * an id, a parser's message), so a page, a problem detail, the command line or the audit log never
 * echoes more of a file than the offending value, cut short. Line breaks become spaces and other
 * control characters (a NUL-separated {@code /proc} file, a terminal escape) show as {@code ?}.
 */
public final class Excerpt {

  /** How much of one value a report repeats. */
  public static final int VALUE = 80;

  /** How long a whole problem's message may be, however it was put together. */
  static final int MESSAGE = 400;

  private Excerpt() {}

  /** A value from a file, as a report may repeat it: at most {@link #VALUE} characters. */
  public static String of(Object value) {
    return cut(String.valueOf(value), VALUE);
  }

  /** The text with control characters shown as {@code ?}, cut to {@code max} code points. */
  public static String cut(String text, int max) {
    if (text == null) {
      return null;
    }
    StringBuilder shown = new StringBuilder(Math.min(text.length(), max + 1));
    int count = 0;
    for (int i = 0; i < text.length(); ) {
      int c = text.codePointAt(i);
      i += Character.charCount(c);
      if (count == max) {
        return shown.append('…').toString();
      }
      shown.appendCodePoint(
          c == '\n' || c == '\r' || c == '\t' ? ' ' : Character.isISOControl(c) ? '?' : c);
      count++;
    }
    return shown.toString();
  }
}
