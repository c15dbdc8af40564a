package pk.hifazat.statistics.internal;

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
 * The public report as a PDF, in English: PDFBox does not join Arabic-script letters, so an Urdu
 * PDF would be unreadable; the Urdu report is the page and its CSV.
 */
final class PublicReportPdf {

    private static final float MARGIN = 40;
    private static final float LINE = 13;

    private final PDDocument document = new PDDocument();
    private final PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private final PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    private PDPageContentStream page;
    private float y;

    static byte[] of(PublicReport report, String title, List<String> preface) {
        PublicReportPdf pdf = new PublicReportPdf();
        try {
            return pdf.write(report, title, preface);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] write(PublicReport report, String title, List<String> preface) throws IOException {
        try (document) {
            newPage();
            text(bold, 16, MARGIN, title);
            y -= 8;
            for (String paragraph : preface) {
                for (String line : wrap(paragraph, 100)) {
                    text(regular, 9, MARGIN, line);
                }
                y -= 4;
            }
            for (PublicReport.Table table : report.tables()) {
                table(table);
            }
            page.close();
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            document.save(out);
            return out.toByteArray();
        }
    }

    private void table(PublicReport.Table table) throws IOException {
        if (y < MARGIN + 6 * LINE) {
            newPage();
        }
        y -= 10;
        text(bold, 11, MARGIN, table.title());
        float labelWidth = 150;
        float width = (PDRectangle.A4.getWidth() - 2 * MARGIN - labelWidth) / Math.max(1, table.columns().size());
        row(bold, "", table.columns(), labelWidth, width);
        for (PublicReport.Row row : table.rows()) {
            row(regular, row.label(), row.cells(), labelWidth, width);
        }
    }

    private void row(PDType1Font font, String label, List<String> cells, float labelWidth, float width) throws IOException {
        if (y < MARGIN + LINE) {
            newPage();
        }
        int characters = Math.max(4, (int) (width / 4.6f));
        float top = y;
        text(font, 7.5f, MARGIN, clip(label, 38));
        for (int i = 0; i < cells.size(); i++) {
            y = top;
            text(font, 7.5f, MARGIN + labelWidth + i * width, clip(cells.get(i), characters));
        }
    }

    private void newPage() throws IOException {
        if (page != null) {
            page.close();
        }
        PDPage next = new PDPage(PDRectangle.A4);
        document.addPage(next);
        page = new PDPageContentStream(document, next);
        y = PDRectangle.A4.getHeight() - MARGIN;
    }

    private void text(PDType1Font font, float size, float x, String text) throws IOException {
        page.beginText();
        page.setFont(font, size);
        page.newLineAtOffset(x, y);
        page.showText(latin(text));
        page.endText();
        y -= LINE;
    }

    /** What the standard fonts can draw: anything else becomes '?'. */
    private static String latin(String text) {
        StringBuilder safe = new StringBuilder();
        text.codePoints().forEach(c -> safe.append(switch (c) {
            case '\u201c', '\u201d' -> '"';
            case '\u2018', '\u2019' -> '\'';
            case '\u2013', '\u2014' -> '-';
            default -> c >= 32 && c < 127 ? (char) c : '?';
        }));
        return safe.toString();
    }

    private static String clip(String text, int characters) {
        return text.length() <= characters ? text : text.substring(0, characters - 1) + ".";
    }

    private static List<String> wrap(String text, int width) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : text.split(" ")) {
            if (line.length() + word.length() + 1 > width && !line.isEmpty()) {
                lines.add(line.toString());
                line.setLength(0);
            }
            line.append(line.isEmpty() ? "" : " ").append(word);
        }
        lines.add(line.toString());
        return lines;
    }
}
