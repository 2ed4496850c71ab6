package org.alliance.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * A report laid out as a PDF for committee papers: A4 landscape, Apache PDFBox with Liberation Sans
 * embedded as a subset; headings, wrapped paragraphs and tables of right-aligned figures, top to
 * bottom, page after page, each page numbered in its footer. Characters the font cannot draw come
 * out as "?", control characters as spaces, so what people typed cannot break the file. Shared by
 * the options appraisal's comparison and the pilot evaluation report (it began as the comparison's
 * own).
 */
public final class PdfPages {

  /** What draws a report's content onto the pages. */
  @FunctionalInterface
  public interface Content {
    void draw(PdfPages pages) throws IOException;
  }

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 40;
  public static final float SIZE = 9;
  private static final float LEADING = 13;
  private static final float FIRST_COLUMN = 220;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private final PDDocument document;
  private final PDType0Font font;
  private final PDType0Font bold;
  private PDPageContentStream stream;
  private float y;
  private float columnWidth = 140;

  private PdfPages(PDDocument document, PDType0Font font) throws IOException {
    this.document = document;
    this.font = font;
    // PDFBox ships the regular face only; headings stand out by size and their own lines.
    this.bold = font;
    newPage();
  }

  /**
   * A whole PDF: the content, then the page footers ("{@code footer}. Page 1 of 3") and the
   * document's title, creator and creation date.
   */
  public static byte[] write(String title, String footer, Instant madeAt, Content content) {
    try (PDDocument document = new PDDocument();
        InputStream regular = PdfPages.class.getResourceAsStream(FONT)) {
      PdfPages pages = new PdfPages(document, PDType0Font.load(document, regular));
      content.draw(pages);
      pages.finish(footer);
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle(title);
      info.setCreator("Alliance");
      Calendar made = GregorianCalendar.getInstance();
      made.setTimeInMillis(madeAt.toEpochMilli());
      info.setCreationDate(made);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** "Made on 3 December 2026 at 09:40 (UK time)." */
  public static String madeOn(Instant madeAt) {
    return "Made on " + WHEN.format(madeAt) + " (UK time).";
  }

  public void gap() {
    y -= LEADING / 2;
  }

  public void heading(String text, float size) throws IOException {
    room(size + 4 + LEADING * 2);
    y -= size + 6;
    show(bold, clean(bold, text), size, MARGIN);
  }

  public void bold(String text) throws IOException {
    room(LEADING * 2);
    y -= LEADING;
    show(bold, clip(bold, clean(bold, text), PAGE.getWidth() - 2 * MARGIN), SIZE, MARGIN);
  }

  public void line(String text, float size) throws IOException {
    room(LEADING);
    y -= LEADING;
    show(font, clean(font, text), size, MARGIN);
  }

  public void wrapped(String text, float indent) throws IOException {
    float width = PAGE.getWidth() - 2 * MARGIN - indent;
    StringBuilder line = new StringBuilder();
    for (String word : clean(font, text).split(" ")) {
      String candidate = line.isEmpty() ? word : line + " " + word;
      if (width(font, candidate) > width && !line.isEmpty()) {
        room(LEADING);
        y -= LEADING;
        show(font, clip(font, line.toString(), width), SIZE, MARGIN + indent);
        line.setLength(0);
        line.append(word);
      } else {
        line.setLength(0);
        line.append(candidate);
      }
    }
    room(LEADING);
    y -= LEADING;
    show(font, clip(font, line.toString(), width), SIZE, MARGIN + indent);
  }

  /** A table's heading row: the first column's heading, then each figure column's, ruled off. */
  public void columns(String first, List<String> headings) throws IOException {
    columnWidth = Math.min(150, (PAGE.getWidth() - 2 * MARGIN - FIRST_COLUMN) / headings.size());
    room(LEADING * 3);
    y -= LEADING;
    show(bold, first, SIZE, MARGIN);
    for (int i = 0; i < headings.size(); i++) {
      String heading = clip(bold, clean(bold, headings.get(i)), columnWidth - 8);
      float edge = MARGIN + FIRST_COLUMN + columnWidth * (i + 1);
      show(bold, heading, SIZE, edge - width(bold, heading));
    }
    y -= 3;
    stream.moveTo(MARGIN, y);
    stream.lineTo(MARGIN + FIRST_COLUMN + columnWidth * headings.size(), y);
    stream.stroke();
  }

  /** A table's row: its name, then its figures right-aligned under the last {@link #columns}. */
  public void row(String name, List<String> cells) throws IOException {
    room(LEADING);
    y -= LEADING;
    show(font, clip(font, clean(font, name), FIRST_COLUMN - 8), SIZE, MARGIN);
    for (int i = 0; i < cells.size(); i++) {
      String cell = clean(font, cells.get(i));
      float edge = MARGIN + FIRST_COLUMN + columnWidth * (i + 1);
      show(font, cell, SIZE, edge - width(font, cell));
    }
  }

  private float width(PDType0Font f, String text) throws IOException {
    return f.getStringWidth(text) / 1000 * SIZE;
  }

  private void show(PDType0Font f, String text, float size, float x) throws IOException {
    if (text.isEmpty()) {
      return;
    }
    stream.beginText();
    stream.setFont(f, size);
    stream.newLineAtOffset(x, y);
    stream.showText(text);
    stream.endText();
  }

  private String clip(PDType0Font f, String text, float most) throws IOException {
    String clipped = text;
    while (clipped.length() > 1 && width(f, clipped) > most) {
      clipped = clipped.substring(0, clipped.length() - 1);
    }
    return clipped.length() < text.length()
        ? clipped.substring(0, clipped.length() - 1) + "…"
        : clipped;
  }

  private void room(float needed) throws IOException {
    if (y - needed < MARGIN) {
      newPage();
    }
  }

  private void finish(String title) throws IOException {
    stream.close();
    int count = document.getNumberOfPages();
    for (int i = 0; i < count; i++) {
      try (PDPageContentStream footer =
          new PDPageContentStream(
              document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
        footer.beginText();
        footer.setFont(font, 7);
        footer.newLineAtOffset(MARGIN, MARGIN / 2);
        footer.showText(clean(font, title) + ". Page " + (i + 1) + " of " + count);
        footer.endText();
      }
    }
  }

  private void newPage() throws IOException {
    if (stream != null) {
      stream.close();
    }
    PDPage page = new PDPage(PAGE);
    document.addPage(page);
    stream = new PDPageContentStream(document, page);
    y = PAGE.getHeight() - MARGIN;
  }

  /** Control characters as spaces; characters the font cannot draw as "?". */
  private String clean(PDType0Font f, String text) {
    StringBuilder clean = new StringBuilder(text.length());
    text.codePoints()
        .forEach(
            cp -> {
              if (Character.isISOControl(cp)) {
                clean.append(' ');
              } else if (drawable(f, cp)) {
                clean.appendCodePoint(cp);
              } else {
                clean.append('?');
              }
            });
    return clean.toString();
  }

  private boolean drawable(PDType0Font f, int codePoint) {
    try {
      f.encode(new String(Character.toChars(codePoint)));
      return true;
    } catch (IllegalArgumentException | IOException noGlyph) {
      return false;
    }
  }
}
