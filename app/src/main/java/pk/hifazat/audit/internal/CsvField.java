package pk.hifazat.audit.internal;

/** One CSV field: quoted when it must be, and never read as a formula by a spreadsheet. */
final class CsvField {

    private CsvField() {
    }

    static String of(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        String safe = "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        boolean quote = safe.chars().anyMatch(c -> c == ',' || c == '"' || c == '\n' || c == '\r' || c == '\'');
        return quote ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }
}
