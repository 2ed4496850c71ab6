package org.alliance.commissioning.options;

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
import org.alliance.commissioning.options.Appraisal.ContractLine;
import org.alliance.commissioning.options.Appraisal.Council;
import org.alliance.commissioning.register.FinancialYear;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The comparison as a PDF for a committee paper: A4 landscape, Apache PDFBox with Liberation Sans
 * embedded as a subset, as the ledger's composite report is made. Drawn from the same {@link
 * Appraisal} as the page, with the same formatting, so every figure matches the page.
 */
final class ComparisonPdf {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final PDRectangle PAGE =
      new PDRectangle(PDRectangle.A4.getHeight(), PDRectangle.A4.getWidth());
  private static final float MARGIN = 40;
  private static final float SIZE = 9;
  private static final float LEADING = 13;
  private static final float FIRST_COLUMN = 220;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(FinancialYear.UK);

  private ComparisonPdf() {}

  static byte[] write(Appraisal appraisal, Instant madeAt) {
    try (PDDocument document = new PDDocument();
        InputStream regular = ComparisonPdf.class.getResourceAsStream(FONT)) {
      Pages pages = new Pages(document, PDType0Font.load(document, regular));
      List<Scenario> scenarios = appraisal.scenarios();
      pages.heading("Options appraisal: " + appraisal.names(), 15);
      pages.line("Made on " + WHEN.format(madeAt) + " (UK time).", SIZE);
      pages.wrapped(
          "Costs are in pounds and pence for each financial year (1 April to 31 March). Each"
              + " council's share is its exact share of each contract's cost in the year, as the"
              + " contract register divides a year's value, so the shares add to the total"
              + " exactly.",
          0);
      pages.gap();

      pages.heading("The scenarios", 12);
      for (Scenario s : scenarios) {
        pages.bold(s.name() + (s.archived() ? " (archived)" : ""));
        pages.wrapped("Costed over " + s.period() + ".", 12);
        if (s.description() != null) {
          pages.wrapped(s.description(), 12);
        }
      }
      pages.gap();

      List<String> names = scenarios.stream().map(Scenario::name).toList();
      pages.heading("Cost by financial year", 12);
      pages.columns("Financial year", names);
      for (int year : appraisal.years()) {
        List<String> cells = new ArrayList<>();
        for (Scenario s : scenarios) {
          cells.add(appraisal.money(appraisal.total(s.id(), year)));
        }
        pages.row(FinancialYear.label(year), cells);
      }
      List<String> totals = new ArrayList<>();
      for (Scenario s : scenarios) {
        totals.add(appraisal.money(appraisal.total(s.id())));
      }
      pages.row("Total", totals);
      pages.gap();

      for (Council council : appraisal.councils()) {
        pages.heading(council.name() + "'s share", 11);
        pages.columns("Financial year", names);
        for (int year : appraisal.years()) {
          List<String> cells = new ArrayList<>();
          for (Scenario s : scenarios) {
            cells.add(appraisal.money(appraisal.share(s.id(), council.id(), year)));
          }
          pages.row(FinancialYear.label(year), cells);
        }
        List<String> councilTotals = new ArrayList<>();
        for (Scenario s : scenarios) {
          councilTotals.add(appraisal.money(appraisal.councilTotal(s.id(), council.id())));
        }
        pages.row("Total", councilTotals);
        pages.gap();
      }
      if (appraisal.hasUndivided()) {
        pages.heading("Not divided between councils", 11);
        pages.wrapped(
            "Costs of contracts whose councils' shares in the register do not total 100%.", 0);
        pages.columns("Financial year", names);
        for (int year : appraisal.years()) {
          List<String> cells = new ArrayList<>();
          for (Scenario s : scenarios) {
            cells.add(appraisal.money(appraisal.undivided(s.id(), year)));
          }
          pages.row(FinancialYear.label(year), cells);
        }
        pages.gap();
      }

      pages.heading("Actions by contract", 12);
      for (ContractLine line : appraisal.contracts()) {
        pages.bold(line.service() + " (" + line.reference() + ")");
        pages.wrapped("Current end: " + appraisal.day(line.currentEnd()) + ".", 12);
        for (Scenario s : scenarios) {
          List<ScenarioAction> actions = line.in(s.id());
          if (actions.isEmpty()) {
            pages.wrapped(s.name() + ": no action.", 12);
            continue;
          }
          for (ScenarioAction a : actions) {
            StringBuilder text =
                new StringBuilder(s.name())
                    .append(": ")
                    .append(a.actionLabel())
                    .append(", by ")
                    .append(appraisal.day(a.decideBy()));
            if (a.newEndOn() != null) {
              text.append(", new end ").append(appraisal.day(a.newEndOn()));
            }
            text.append(". Cost ").append(appraisal.money(a.total()));
            List<String> byYear = new ArrayList<>();
            a.costs()
                .forEach(
                    (year, amount) ->
                        byYear.add(FinancialYear.label(year) + " " + appraisal.money(amount)));
            if (!byYear.isEmpty()) {
              text.append(" (").append(String.join("; ", byYear)).append(")");
            }
            text.append(".");
            if (a.note() != null) {
              text.append(" ").append(a.note());
            }
            pages.wrapped(text.toString(), 12);
          }
        }
      }
      pages.gap();

      for (String[] kind :
          List.of(
              new String[] {"advantage", "Advantages"},
              new String[] {"disadvantage", "Disadvantages"},
              new String[] {"risk", "Risks"})) {
        pages.heading(kind[1], 12);
        for (Scenario s : scenarios) {
          pages.bold(s.name());
          List<String> points = s.points(kind[0]);
          if (points.isEmpty()) {
            pages.wrapped("None recorded.", 12);
          }
          for (String point : points) {
            pages.wrapped("•  " + point, 12);
          }
        }
        pages.gap();
      }
      pages.finish("Options appraisal");
      PDDocumentInformation info = document.getDocumentInformation();
      info.setTitle("Options appraisal: " + appraisal.names());
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

  /** Lays lines out top to bottom, page after page, and numbers the pages. */
  private static final class Pages {
    private final PDDocument document;
    private final PDType0Font font;
    private final PDType0Font bold;
    private PDPageContentStream stream;
    private float y;
    private float columnWidth = 140;

    Pages(PDDocument document, PDType0Font font) throws IOException {
      this.document = document;
      this.font = font;
      // PDFBox ships the regular face only; headings stand out by size and their own lines.
      this.bold = font;
      newPage();
    }

    void gap() {
      y -= LEADING / 2;
    }

    void heading(String text, float size) throws IOException {
      room(size + 4 + LEADING * 2);
      y -= size + 6;
      show(bold, clean(bold, text), size, MARGIN);
    }

    void bold(String text) throws IOException {
      room(LEADING * 2);
      y -= LEADING;
      show(bold, clip(bold, clean(bold, text), PAGE.getWidth() - 2 * MARGIN), SIZE, MARGIN);
    }

    void line(String text, float size) throws IOException {
      room(LEADING);
      y -= LEADING;
      show(font, clean(font, text), size, MARGIN);
    }

    void wrapped(String text, float indent) throws IOException {
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

    void columns(String first, List<String> headings) throws IOException {
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

    void row(String name, List<String> cells) throws IOException {
      room(LEADING);
      y -= LEADING;
      show(font, clip(font, clean(font, name), FIRST_COLUMN - 8), SIZE, MARGIN);
      for (int i = 0; i < cells.size(); i++) {
        float edge = MARGIN + FIRST_COLUMN + columnWidth * (i + 1);
        show(font, cells.get(i), SIZE, edge - width(font, cells.get(i)));
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

    void finish(String title) throws IOException {
      stream.close();
      int count = document.getNumberOfPages();
      for (int i = 0; i < count; i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(
                document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
          footer.beginText();
          footer.setFont(font, 7);
          footer.newLineAtOffset(MARGIN, MARGIN / 2);
          footer.showText(title + ". Page " + (i + 1) + " of " + count);
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
}
