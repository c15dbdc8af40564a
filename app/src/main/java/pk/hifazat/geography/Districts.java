package pk.hifazat.geography;

import java.util.List;
import java.util.Optional;

/** The register of districts and the lookup that finds one from what people write. */
public interface Districts {

    List<Province> provinces();

    List<District> all();

    Optional<District> byCode(DistrictCode code);

    /**
     * Finds the district a piece of free text names, in English or Urdu, tolerant of spacing,
     * diacritics, letter variants and common spellings ("مظفر گڑھ", "Muzafargarh", "D.G. Khan").
     * Where several are named, the longest name wins.
     */
    Optional<District> find(String text);
}
