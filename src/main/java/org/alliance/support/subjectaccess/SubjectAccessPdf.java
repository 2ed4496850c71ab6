package org.alliance.support.subjectaccess;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Calendar;
import java.util.GregorianCalendar;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.alliance.support.access.PersonAccess;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * The copy as a readable PDF document (A4), with Apache PDFBox. The text is set in Liberation Sans,
 * which PDFBox carries (SIL Open Font License) and which covers Latin, Greek and Cyrillic scripts,
 * embedded as a subset; a character it has no glyph for is printed as "?" (the JSON copy keeps it).
 */
final class SubjectAccessPdf {

  private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";
  private static final float MARGIN = 56;
  private static final float BODY = 10;
  private static final float LEADING = 1.35f;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(PersonAccess.UK);

  private SubjectAccessPdf() {}

  /** What goes on the pages, written with the one layout. */
  private interface Body {
    void write(Writer writer) throws IOException;
  }

  static byte[] write(SubjectAccessCopy copy) {
    return document(
        "Subject access copy: " + copy.personName(), copy.madeAt(), writer -> lead(copy, writer));
  }

  /** The person's own copy, as readable as its page: headings, labels and words, no ids. */
  static byte[] write(ReadableCopy copy) {
    return document(
        "A copy of everything: " + copy.name(),
        copy.madeAt(),
        writer -> {
          writer.paragraph("A copy of everything", 20, 0);
          writer.paragraph(copy.name(), 16, 0);
          writer.paragraph("Made on " + copy.madeOn() + ".", BODY, 0);
          for (ReadableCopy.Part part : copy.parts()) {
            writer.gap();
            writer.paragraph(part.title(), 14, 0);
            if (part.entries().isEmpty()) {
              writer.paragraph("Nothing written down.", BODY, 0);
            }
            for (ReadableCopy.Entry entry : part.entries()) {
              for (ReadableCopy.Field field : entry.fields()) {
                writer.paragraph(field.label() + ": " + field.text(), BODY, 12);
              }
              writer.gap();
            }
          }
        });
  }

  private static byte[] document(String title, java.time.Instant madeAt, Body body) {
    try (PDDocument document = new PDDocument();
        InputStream font = SubjectAccessPdf.class.getResourceAsStream(FONT)) {
      Writer writer = new Writer(document, PDType0Font.load(document, font));
      body.write(writer);
      writer.finish();
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

  private static void lead(SubjectAccessCopy copy, Writer writer) throws IOException {
    writer.paragraph("Subject access copy", 20, 0);
    writer.paragraph(copy.personName(), 16, 0);
    writer.gap();
    writer.paragraph("Record id: " + copy.personId(), BODY, 0);
    writer.paragraph(
        "Made on " + WHEN.format(copy.madeAt()) + " (UK time) by " + copy.madeBy(), BODY, 0);
    writer.paragraph(
        "This document holds everything the Brackenshire Alliance keeps about this person on"
            + " its shared record: who they are, their identifiers and previous names, their"
            + " consent to share and its history, who may see the record, their episodes of"
            + " support, contacts, case notes and referrals, and the audit of everyone who has"
            + " read or changed the record. Dates and times are UTC unless marked. Entries a"
            + " practitioner withheld from the person's own view are kept here, marked \"Withheld"
            + " from the person\" and listed with the reason in their own part: decide whether the"
            + " exemption applies before giving the person this copy.",
        BODY,
        0);
    for (SubjectAccessCopy.Section section : copy.sections()) {
      writer.gap();
      writer.paragraph(section.title(), 14, 0);
      if (section.items().isEmpty()) {
        writer.paragraph("None recorded.", BODY, 0);
        continue;
      }
      if (section.key().equals("audit")) {
        for (Map<String, Object> entry : section.items()) {
          writer.paragraph(auditLine(entry), BODY, 0);
        }
        continue;
      }
      int n = 0;
      for (Map<String, Object> item : section.items()) {
        if (section.items().size() > 1) {
          writer.paragraph(singular(section.title()) + " " + ++n, 11, 0);
        }
        for (Map.Entry<String, Object> field : item.entrySet()) {
          if (field.getValue() == null) {
            continue;
          }
          writer.paragraph(label(field.getKey()) + ": " + text(field.getValue()), BODY, 12);
        }
        writer.gap();
      }
    }
  }

  private static String auditLine(Map<String, Object> entry) {
    StringBuilder line = new StringBuilder();
    line.append(entry.get("occurred_at")).append("  ").append(entry.get("action"));
    line.append(" by ").append(entry.get("by"));
    if (entry.get("organisation") != null) {
      line.append(" (").append(entry.get("organisation")).append(')');
    }
    if (entry.get("reason") != null) {
      line.append("; reason: ").append(entry.get("reason"));
    }
    if (entry.get("detail") != null) {
      line.append("; ").append(entry.get("detail"));
    }
    return line.toString();
  }

  private static String singular(String title) {
    String first = title.split(",")[0];
    return first.endsWith("s") ? first.substring(0, first.length() - 1) : first;
  }

  private static String label(String column) {
    String words = column.replace('_', ' ');
    return Character.toUpperCase(words.charAt(0)) + words.substring(1);
  }

  private static String text(Object value) {
    if (value instanceof List<?> list) {
      return list.isEmpty()
          ? "none"
          : String.join(", ", list.stream().map(String::valueOf).toList());
    }
    return String.valueOf(value);
  }

  /** Lays out wrapped paragraphs top to bottom, page after page, and numbers the pages. */
  private static final class Writer {
    private final PDDocument document;
    private final PDType0Font font;
    private final Map<Integer, Boolean> printable = new HashMap<>();
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream stream;
    private float y;

    Writer(PDDocument document, PDType0Font font) throws IOException {
      this.document = document;
      this.font = font;
      newPage();
    }

    void gap() {
      y -= BODY * 0.6f;
    }

    void paragraph(String text, float size, float indent) throws IOException {
      for (String line : text.split("\r?\n", -1)) {
        for (String wrapped : wrap(clean(line), size, width - indent)) {
          if (y - size * LEADING < MARGIN) {
            newPage();
          }
          y -= size * LEADING;
          stream.beginText();
          stream.setFont(font, size);
          stream.newLineAtOffset(MARGIN + indent, y);
          stream.showText(wrapped);
          stream.endText();
        }
      }
    }

    void finish() throws IOException {
      stream.close();
      int pages = document.getNumberOfPages();
      for (int i = 0; i < pages; i++) {
        try (PDPageContentStream footer =
            new PDPageContentStream(
                document, document.getPage(i), PDPageContentStream.AppendMode.APPEND, true)) {
          footer.beginText();
          footer.setFont(font, 8);
          footer.newLineAtOffset(MARGIN, MARGIN / 2);
          footer.showText("Subject access copy. Page " + (i + 1) + " of " + pages);
          footer.endText();
        }
      }
    }

    private void newPage() throws IOException {
      if (stream != null) {
        stream.close();
      }
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      stream = new PDPageContentStream(document, page);
      y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private List<String> wrap(String text, float size, float room) throws IOException {
      List<String> lines = new ArrayList<>();
      StringBuilder line = new StringBuilder();
      for (String word : text.split(" ", -1)) {
        String candidate = line.isEmpty() ? word : line + " " + word;
        if (width(candidate, size) <= room) {
          line.setLength(0);
          line.append(candidate);
          continue;
        }
        if (!line.isEmpty()) {
          lines.add(line.toString());
          line.setLength(0);
        }
        // A word wider than the line (a long id or address) is broken where it must be.
        String rest = word;
        while (width(rest, size) > room) {
          int cut = rest.length() - 1;
          while (cut > 1 && width(rest.substring(0, cut), size) > room) {
            cut--;
          }
          lines.add(rest.substring(0, cut));
          rest = rest.substring(cut);
        }
        line.append(rest);
      }
      lines.add(line.toString());
      return lines;
    }

    private float width(String text, float size) throws IOException {
      return font.getStringWidth(text) / 1000 * size;
    }

    /** Tabs and control characters as spaces; characters the font cannot draw as "?". */
    private String clean(String text) {
      StringBuilder clean = new StringBuilder(text.length());
      text.codePoints()
          .forEach(
              cp -> {
                if (Character.isISOControl(cp)) {
                  clean.append(' ');
                } else if (printable.computeIfAbsent(cp, this::drawable)) {
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
