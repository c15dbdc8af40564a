package pk.hifazat.geography;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;

import pk.hifazat.HifazatTest;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

@HifazatTest
class DistrictsTest {

    @Autowired
    Districts districts;

    @Autowired
    Units units;

    private String find(String text) {
        return districts.find(text).map(d -> d.code().value()).orElse("none");
    }

    @Test
    void loadsEveryProvinceAndDistrictOfTheReferenceData() throws Exception {
        Set<String> inData;
        try (var reader = new BufferedReader(new InputStreamReader(
                new ClassPathResource("geography/pk-admin-divisions.csv").getInputStream(), StandardCharsets.UTF_8))) {
            inData = reader.lines().skip(1).filter(l -> l.split(",")[1].equals("2")).map(l -> l.split(",")[0])
                    .collect(Collectors.toSet());
        }
        assertThat(inData).hasSize(160);
        assertThat(districts.all().stream().map(d -> d.code().value()).collect(Collectors.toSet())).containsAll(inData);
        assertThat(districts.provinces()).hasSize(7);
        assertThat(districts.byCode(DistrictCode.of("PK623")).orElseThrow().name())
                .isEqualTo(new LocalisedName("Muzaffargarh", "مظفرگڑھ"));
    }

    @Test
    void resolvesTheSpellingsOfTheSeedReportAndCommonVariants() {
        assertThat(find("مظفر گڑھ")).isEqualTo("PK623");
        assertThat(find("Muzafargarh")).isEqualTo("PK623");
        assertThat(find("D.G. Khan")).isEqualTo("PK607");
        assertThat(find("Dera Ghazi Khan")).isEqualTo("PK607");
        assertThat(find("D.I. Khan")).isEqualTo("PK509");
        assertThat(find("ڈیرہ اسماعیل خان")).isEqualTo("PK509");
        assertThat(find("Rahim Yar Khan")).isEqualTo("PK628");
        assertThat(find("ٹوبہ ٹیک سنگھ")).isEqualTo("PK635");
        assertThat(find("T.T. Singh")).isEqualTo("PK635");
        assertThat(find("ضلع غذر")).isEqualTo("PK304");
    }

    @Test
    void everyDistrictHasItsOwnCyberCrimeUnit() {
        for (District district : districts.all()) {
            var unit = units.districtUnitOf(district.code());
            assertThat(unit).as(district.name().english()).isPresent();
            assertThat(unit.get().kind()).isEqualTo(UnitKind.DISTRICT_UNIT);
            assertThat(unit.get().jurisdiction().covers(district.code())).isTrue();
        }
    }

    @Test
    void zonalOfficesCoverTheirProvinceAndHeadquartersCoversAll() {
        var punjab = units.byCode("ZONE-PK6").orElseThrow().jurisdiction();
        assertThat(punjab.covers(DistrictCode.of("PK623"))).isTrue();
        assertThat(punjab.covers(DistrictCode.of("PK617"))).isTrue();
        assertThat(punjab.covers(DistrictCode.of("PK706"))).isFalse();
        assertThat(units.byCode("HQ").orElseThrow().jurisdiction().covers(DistrictCode.of("PK706"))).isTrue();
    }
}
