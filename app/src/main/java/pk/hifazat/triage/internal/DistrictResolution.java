package pk.hifazat.triage.internal;

import pk.hifazat.geography.DistrictCode;

/**
 * A report's own district and the rule that found it.
 *
 * @param detail what the rule read, for the reason shown (a place name, an area's name, a distance);
 *               never personal data such as a phone number
 */
record DistrictResolution(DistrictCode district, DistrictRule rule, String detail) {

    static DistrictResolution unresolved() {
        return new DistrictResolution(null, DistrictRule.UNRESOLVED, null);
    }

    boolean resolved() {
        return district != null;
    }
}
