package pk.hifazat.cooperation.internal;

import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Text laid down an A4 document from the top, wrapped to the page's width, a new page begun where one
 * is full, and each page footed with its number. The standard fonts need no file in the jar; a
 * character they cannot print is written as "?", so that an unexpected script never breaks an export.
 */
final class PdfLayout implements AutoCloseable {

    static final PDType1Font REGULAR = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    static final PDType1Font BOLD = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    static final PDType1Font MONO = new PDType1Font(Standard14Fonts.FontName.COURIER);

    private static final float MARGIN = 50;
    private static final float BOTTOM = 60;
    private static final Color RULE = new Color(0x1f, 0x4e, 0x79);

    private final PDDocument document = new PDDocument();
    private final float width = PDRectangle.A4.getWidth() - 2 * MARGIN;
    private PDPageContentStream page;
    private float y;

    PdfLayout() {
        newPage();
    }

    /** Text wrapped at the page's width, {@code indent} points in from the margin. */
    void text(String text, PDType1Font font, float size, float indent) {
        for (String line : wrap(printable(text, font), font, size, width - indent)) {
            room(size * 1.35f);
            write(line, font, size, MARGIN + indent, y);
            y -= size * 1.35f;
        }
    }

    void text(String text) {
        text(text, REGULAR, 10, 0);
    }

    /** A section's heading with a rule under it, kept on a page with at least a few lines after it. */
    void heading(String text) {
        room(60);
        y -= 8;
        write(printable(text, BOLD), BOLD, 13, MARGIN, y);
        y -= 5;
        rule(y, 0.8f);
        y -= 15;
    }

    /** A label and its value on one line (wrapped under the value's column when long). */
    void field(String label, String value) {
        float column = 120;
        List<String> lines = wrap(printable(value == null ? "—" : value, REGULAR), REGULAR, 10, width - column);
        room(13.5f);
        write(printable(label, BOLD), BOLD, 10, MARGIN, y);
        for (String line : lines) {
            room(13.5f);
            write(line, REGULAR, 10, MARGIN + column, y);
            y -= 13.5f;
        }
    }

    void gap(float points) {
        y -= points;
    }

    void rule(float at, float thickness) {
        try {
            page.setStrokingColor(RULE);
            page.setLineWidth(thickness);
            page.moveTo(MARGIN, at);
            page.lineTo(MARGIN + width, at);
            page.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    float y() {
        return y;
    }

    /** The finished document, each page footed with {@code footer} and "page n of m". */
    byte[] finish(String title, String footer) {
        try {
            page.close();
            int count = document.getNumberOfPages();
            for (int i = 0; i < count; i++) {
                PDPage one = document.getPage(i);
                try (PDPageContentStream foot = new PDPageContentStream(document, one, PDPageContentStream.AppendMode.APPEND,
                        true, true)) {
                    page = foot;
                    rule(BOTTOM - 12, 0.5f);
                    write(printable(footer, REGULAR), REGULAR, 8, MARGIN, BOTTOM - 26);
                    String number = "page " + (i + 1) + " of " + count;
                    write(number, REGULAR, 8, MARGIN + width - REGULAR.getStringWidth(number) / 1000 * 8, BOTTOM - 26);
                }
            }
            document.getDocumentInformation().setTitle(printable(title, REGULAR));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            document.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void room(float needed) {
        if (y - needed < BOTTOM) {
            try {
                page.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            newPage();
        }
    }

    private void newPage() {
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        try {
            page = new PDPageContentStream(document, next);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void write(String text, PDType1Font font, float size, float x, float at) {
        try {
            page.beginText();
            page.setNonStrokingColor(Color.BLACK);
            page.setFont(font, size);
            page.newLineAtOffset(x, at);
            page.showText(text);
            page.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The text with each character the font cannot print replaced, and line breaks as spaces. */
    static String printable(String text, PDType1Font font) {
        StringBuilder out = new StringBuilder();
        text.codePoints().forEach(c -> {
            String one = Character.isWhitespace(c) ? " " : Character.toString(c);
            try {
                font.encode(one);
                out.append(one);
            } catch (IOException | IllegalArgumentException unprintable) {
                out.append('?');
            }
        });
        return out.toString();
    }

    private static List<String> wrap(String text, PDType1Font font, float size, float room) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = line.isEmpty() ? word : line + " " + word;
            if (width(candidate, font, size) <= room) {
                line.setLength(0);
                line.append(candidate);
                continue;
            }
            if (!line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            while (width(word, font, size) > room) {
                int cut = word.length() - 1;
                while (cut > 1 && width(word.substring(0, cut), font, size) > room) {
                    cut--;
                }
                lines.add(word.substring(0, cut));
                word = word.substring(cut);
            }
            line.append(word);
        }
        if (!line.isEmpty() || lines.isEmpty()) {
            lines.add(line.toString());
        }
        return lines;
    }

    private static float width(String text, PDType1Font font, float size) {
        try {
            return font.getStringWidth(text) / 1000 * size;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
