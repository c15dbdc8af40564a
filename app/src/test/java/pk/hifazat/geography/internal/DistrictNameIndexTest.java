package pk.hifazat.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;

class DistrictNameIndexTest {

    private static District district(String code, String english, String urdu) {
        return new District(new DistrictCode(code), "PK6", new LocalisedName(english, urdu), null, null);
    }

    private final DistrictNameIndex index = DistrictNameIndex.of(List.of(
            district("PK623", "Muzaffargarh", "مظفرگڑھ"),
            district("PK607", "Dera Ghazi Khan", "ڈیرہ غازی خان"),
            district("PK617", "Lahore", "لاہور"),
            district("PK107", "Muzaffarabad", "مظفر آباد")), Map.of("PK607", List.of("DG Khan")));

    private String find(String text) {
        return index.find(text).map(d -> d.code().value()).orElse("none");
    }

    @Test
    void findsAnUrduNameWrittenWithASpaceTheDataDoesNotHave() {
        assertThat(find("مظفر گڑھ")).isEqualTo("PK623");
    }

    @Test
    void findsEnglishSpellingVariants() {
        assertThat(find("Muzafargarh")).isEqualTo("PK623");
        assertThat(find("MUZAFFARGARH")).isEqualTo("PK623");
        assertThat(find("Muzaffar Garh")).isEqualTo("PK623");
    }

    @Test
    void findsInitialsFormsWithOrWithoutDots() {
        assertThat(find("D.G. Khan")).isEqualTo("PK607");
        assertThat(find("DG Khan")).isEqualTo("PK607");
        assertThat(find("Dera Ghazi Khan")).isEqualTo("PK607");
    }

    @Test
    void unifiesArabicAndPersianLetterForms() {
        // Arabic yeh (U+064A) and heh (U+0647) instead of the Urdu letters the data uses
        assertThat(find("لاهور")).isEqualTo("PK617");
        assertThat(find("ڈيره غازی خان")).isEqualTo("PK607");
    }

    @Test
    void findsADistrictNamedInsideFreeTextInEitherScript() {
        assertThat(find("The children were kept in a house near Muzaffargarh bus stand")).isEqualTo("PK623");
        assertThat(find("بچے مظفر گڑھ کے ایک گھر میں رکھے گئے")).isEqualTo("PK623");
        assertThat(find("he moved from D.G. Khan last year")).isEqualTo("PK607");
    }

    @Test
    void keepsSimilarNamesApart() {
        assertThat(find("Muzaffarabad")).isEqualTo("PK107");
        assertThat(find("مظفر آباد")).isEqualTo("PK107");
    }

    @Test
    void findsNothingInTextThatNamesNoDistrict() {
        assertThat(find("somewhere in the north")).isEqualTo("none");
        assertThat(find("")).isEqualTo("none");
        assertThat(find(null)).isEqualTo("none");
    }
}
