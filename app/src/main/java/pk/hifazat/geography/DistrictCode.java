package pk.hifazat.geography;

import java.util.regex.Pattern;

/** A district's code from the administrative-divisions data, for example {@code PK623} (Muzaffargarh). */
public record DistrictCode(String value) {

    private static final Pattern FORM = Pattern.compile("PK\\d{3,5}");

    public DistrictCode {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new IllegalArgumentException("A district code looks like PK623, not: " + value);
        }
    }

    public static DistrictCode of(String value) {
        return new DistrictCode(value == null ? null : value.trim().toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
