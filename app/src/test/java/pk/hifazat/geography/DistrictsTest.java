package pk.hifazat.geography;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.redirectedUrl;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.ClassPathResource;
import org.springframework.test.web.servlet.MockMvc;

import pk.hifazat.HifazatTest;
import pk.hifazat.SignIn;
import pk.hifazat.TestUsers;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

@HifazatTest
class DistrictsTest {

    @Autowired
    Districts districts;

    @Autowired
    Units units;

    @Autowired
    MockMvc mvc;

    @Autowired
    TestUsers users;

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
    void aDistrictAnAdministratorAddsIsFoundByNameAndGetsItsUnit() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        mvc.perform(post("/admin/districts").session(admin).with(csrf())
                        .param("code", "PK9902").param("province", "PK6")
                        .param("nameEn", "Naya Nagar").param("nameUr", "نیا نگر"))
                .andExpect(redirectedUrl("/admin/districts"));

        assertThat(find("نیا  نگر")).isEqualTo("PK9902");
        assertThat(find("Naya Nagar")).isEqualTo("PK9902");
        await().atMost(Duration.ofSeconds(10))
                .until(() -> units.districtUnitOf(DistrictCode.of("PK9902")).isPresent());
    }

    @Test
    void refusesADistrictWithABadCodeNamingTheField() throws Exception {
        var admin = SignIn.as(mvc, users.create("ADMINISTRATOR", "HQ"));
        mvc.perform(post("/admin/districts").session(admin).with(csrf())
                        .param("code", "623").param("province", "PK6").param("nameEn", "X").param("nameUr", "ایکس"))
                .andExpect(content().string(org.hamcrest.Matchers.containsString("A district code looks like PK637")));
        assertThat(find("ایکس")).isEqualTo("none");
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
