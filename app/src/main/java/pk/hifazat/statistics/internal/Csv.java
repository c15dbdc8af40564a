package pk.hifazat.statistics.internal;

import java.nio.charset.StandardCharsets;
import java.util.List;

/** Tables as CSV (RFC 4180), UTF-8 with a byte-order mark so that spreadsheet programs read Urdu right. */
final class Csv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    void line(List<String> fields) {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                text.append(',');
            }
            text.append(field(fields.get(i)));
        }
        text.append("\r\n");
    }

    byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String field(String value) {
        String safe = value == null ? "" : value;
        // A leading = + - @ would be run as a formula by a spreadsheet.
        if (!safe.isEmpty() && "=+-@".indexOf(safe.charAt(0)) >= 0 && !safe.matches("-?\\d+(\\.\\d+)?")) {
            safe = "'" + safe;
        }
        if (safe.contains(",") || safe.contains("\"") || safe.contains("\n") || safe.contains("\r")) {
            return '"' + safe.replace("\"", "\"\"") + '"';
        }
        return safe;
    }

    static byte[] of(FigureTable table, String keyHeading, String labelHeading) {
        Csv csv = new Csv();
        List<String> heading = new java.util.ArrayList<>(List.of(keyHeading, labelHeading));
        table.columns().forEach(c -> heading.add(c.label()));
        csv.line(heading);
        for (FigureTable.Row row : table.rows()) {
            List<String> fields = new java.util.ArrayList<>(List.of(row.key(), row.label()));
            row.values().forEach(v -> fields.add(String.valueOf(v)));
            csv.line(fields);
        }
        return csv.bytes();
    }

    /** The whole public report: the period and rule first, then each table under its title. */
    static byte[] of(PublicReport report, String preface) {
        Csv csv = new Csv();
        csv.line(List.of(preface));
        for (PublicReport.Table table : report.tables()) {
            csv.line(List.of());
            csv.line(List.of(table.title()));
            List<String> heading = new java.util.ArrayList<>(List.of(""));
            heading.addAll(table.columns());
            csv.line(heading);
            for (PublicReport.Row row : table.rows()) {
                List<String> fields = new java.util.ArrayList<>(List.of(row.label()));
                fields.addAll(row.cells());
                csv.line(fields);
            }
        }
        return csv.bytes();
    }
}
