package pk.hifazat.units;

import java.util.List;
import java.util.Locale;

/**
 * What the administration pages offer in their unit and district pickers: grouped by province, in
 * the alphabetical order of the page's language, narrowed by a filter that works without script.
 */
public interface PlacePickers {

    /** Units whose code, name or province contains the filter (blank: all), grouped by province. */
    List<PlaceGroup> units(Locale locale, String filter);

    /** Districts whose code, name or province contains the filter (blank: all), grouped by province. */
    List<PlaceGroup> districts(Locale locale, String filter);
}
