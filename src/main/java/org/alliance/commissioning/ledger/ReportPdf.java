package org.alliance.commissioning.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Locale;
import org.alliance.commissioning.ledger.CompositeReport.LineRow;
import org.alliance.commissioning.ledger.CompositeReport.MemberBlock;
import org.alliance.commissioning.ledger.CompositeReport.MemberLine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The composite report as a PDF for the leadership team's papers (A4 landscape, Apache PDFBox,
 * Liberation Sans embedded as a subset). The same tables as the page, written from the same {@link
 * CompositeReport} with the same formatting, so every figure matches the page and the CSV.
 */
final class ReportPdf {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 40;
  private static final float SIZE = 8.5f;
  private static final float LEADING = 13;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(FinancialYear.UK);

  // Column right edges for the figures; the first column (names) starts at the margin.
  private static final float[] RIGHT = {340, 410, 480, 550, 620, 670, 720};
  private static final String[] HEADINGS = {
    "Budget", "Allocated", "Not allocated", "Spent", "Remaining", "Spent %", "Flags"
  };

  private ReportPdf() {}

  static byte[] write(CompositeReport report, Instant madeAt) {
    try (PDDocument document = new PDDocument();
        InputStream font = ReportPdf.class.getResourceAsStream(FONT)) {
      Pages pages = new Pages(document, PDType0Font.load(document, font));
      pages.text("Composite financial report, " + report.year().label(), 16, MARGIN);
      pages.text(
          report.scopeName() + ". Made on " + WHEN.format(madeAt) + " (UK time).", 10, MARGIN);
      pages.text(
          "Figures are the sums of the ledger's entries, corrections included. Percentages are"
              + " rounded half up to one decimal place.",
          SIZE,
          MARGIN);
      pages.gap();
      if (!report.hasBudget()) {
        pages.text("There is no devolved budget for " + report.year().label() + ".", 10, MARGIN);
      }
      if (!report.lines().isEmpty()) {
        pages.text("By line", 12, MARGIN);
        pages.headings("Line");
        for (LineRow line : report.lines()) {
          pages.row(line.label(), line.figures());
        }
        pages.gap();
      }
      if (!report.members().isEmpty()) {
        pages.text("By member and line", 12, MARGIN);
        pages.headings("Member and line");
        for (MemberBlock member : report.members()) {
          pages.text(member.name(), 10, MARGIN);
          for (MemberLine line : member.lines()) {
            pages.row("    " + line.lineName(), line.figures());
          }
          pages.row("    Total for " + member.name(), member.total());
        }
        pages.gap();
      }
      if (report.hasBudget()) {
        pages.headings("Totals");
        if (!report.wholeAlliance()) {
          pages.row("Shown: " + report.scopeName(), report.shown());
        }
        pages.row("The whole alliance", report.alliance());
      }
      for (String note : report.notes()) {
        pages.gap();
        pages.wrapped(note);
      }
      pages.finish();
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Composite financial report, " + report.year().label());
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

  /** Lays rows out top to bottom, page after page, and numbers the pages. */
  private static final class Pages {
    private final PDDocument document;
    private final PDType0Font font;
    private PDPageContentStream stream;
    private float y;

    Pages(PDDocument document, PDType0Font font) throws IOException {
      this.document = document;
      this.font = font;
      newPage();
    }

    void gap() {
      y -= LEADING / 2;
    }

    void text(String text, float size, float x) throws IOException {
      room(size + 4);
      y -= size + 4;
      show(clean(text), size, x);
    }

    void wrapped(String text) throws IOException {
      float width = PAGE.getWidth() - 2 * MARGIN;
      StringBuilder line = new StringBuilder();
      for (String word : clean(text).split(" ")) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (font.getStringWidth(candidate) / 1000 * SIZE > width && !line.isEmpty()) {
          text(line.toString(), SIZE, MARGIN);
          line.setLength(0);
          line.append(word);
        } else {
          line.setLength(0);
          line.append(candidate);
        }
      }
      text(line.toString(), SIZE, MARGIN);
    }

    void headings(String first) throws IOException {
      room(LEADING * 2);
      y -= LEADING;
      show(first, SIZE, MARGIN);
      for (int i = 0; i < HEADINGS.length - 1; i++) {
        right(HEADINGS[i], RIGHT[i]);
      }
      show(HEADINGS[HEADINGS.length - 1], SIZE, RIGHT[RIGHT.length - 1] - 30);
      y -= 3;
      stream.moveTo(MARGIN, y);
      stream.lineTo(PAGE.getWidth() - MARGIN, y);
      stream.stroke();
    }

    void row(String name, Figures f) throws IOException {
      room(LEADING);
      y -= LEADING;
      show(clip(clean(name), 250), SIZE, MARGIN);
      List<String> cells = new ArrayList<>();
      cells.add(f.budgetText());
      cells.add(f.allocatedText());
      cells.add(f.unallocatedText());
      cells.add(f.spentText());
      cells.add(f.remainingText());
      cells.add(f.spentPercentText());
      for (int i = 0; i < cells.size(); i++) {
        right(cells.get(i), RIGHT[i]);
      }
      show(f.flags(), SIZE, RIGHT[RIGHT.length - 1] - 30);
    }

    private void right(String text, float edge) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      show(text, SIZE, edge - font.getStringWidth(text) / 1000 * SIZE);
    }

    private void show(String text, float size, float x) throws IOException {
      if (text.isEmpty()) {
        return;
      }
      stream.beginText();
      stream.setFont(font, size);
      stream.newLineAtOffset(x, y);
      stream.showText(text);
      stream.endText();
    }

    private String clip(String text, float width) throws IOException {
      String clipped = text;
      while (clipped.length() > 1 && font.getStringWidth(clipped) / 1000 * SIZE > width) {
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

    void finish() throws IOException {
      stream.close();
      int count = document.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(
                document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
          footer.beginText();
          footer.setFont(font, 7);
          footer.newLineAtOffset(MARGIN, MARGIN / 2);
          footer.showText("Composite financial report. Page " + (i + 1) + " of " + count);
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
    private String clean(String text) {
      StringBuilder clean = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (Character.isISOControl(cp)) {
                  clean.append(' ');
                } else if (drawable(cp)) {
                  clean.appendCodePoint(cp);
                } else {
                  clean.append('?');
                }
              });
      return clean.toString();
    }

    private boolean drawable(int codePoint) {
      try {
        font.encode(new String(Character.toChars(codePoint)));
        return true;
      } catch (IllegalArgumentException | IOException noGlyph) {
        return false;
      }
    }
  }
}
