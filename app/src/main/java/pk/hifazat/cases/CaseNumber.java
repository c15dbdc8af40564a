package pk.hifazat.cases;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case's number as officers write it on papers: agency, the owning unit's three-letter code, the
 * year it was opened and its place in that unit's year, for example {@code NCCIA-MZG-2026-0042}.
 */
public record CaseNumber(String value) {

    private static final Pattern FORM = Pattern.compile("([A-Z]{2,10})-([A-Z]{3})-(\\d{4})-(\\d{4,})");

    public CaseNumber {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A case number looks like NCCIA-MZG-2026-0042, not: " + value);
        }
    }

    public static CaseNumber of(String agency, String unitCode, int year, int sequence) {
        return new CaseNumber("%s-%s-%d-%04d".formatted(agency, unitCode, year, sequence));
    }

    public static boolean isOne(String text) {
        return text != null && FORM.matcher(text).matches();
    }

    public String unitCode() {
        return part(2);
    }

    public int year() {
        return Integer.parseInt(part(3));
    }

    public int sequence() {
        return Integer.parseInt(part(4));
    }

    private String part(int group) {
        Matcher matcher = FORM.matcher(value);
        matcher.matches();
        return matcher.group(group);
    }

    @Override
    public String toString() {
        return value;
    }
}
