package pk.hifazat.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.Scenario;

import pk.hifazat.geography.DistrictAdded;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;

@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
class NewDistrictUnitTest {

    @Autowired
    Units units;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aDistrictAddedByAnAdministratorGetsItsOwnCyberCrimeUnit(Scenario scenario) {
        var code = DistrictCode.of("PK9901");
        jdbc.sql("INSERT INTO district (code, province_code, name_en, name_ur) VALUES ('PK9901', 'PK6', 'Testabad', 'ٹیسٹ آباد')")
                .update();
        scenario.publish(new DistrictAdded(code, "PK6", new LocalisedName("Testabad", "ٹیسٹ آباد")))
                .andWaitAtMost(Duration.ofSeconds(10))
                .andWaitForStateChange(() -> units.districtUnitOf(code))
                .andVerify(unit -> {
                    assertThat(unit).isPresent();
                    assertThat(unit.get().code()).isEqualTo("DCU-PK9901");
                    assertThat(unit.get().name().english()).isEqualTo("Testabad Cyber Crime Unit");
                });
    }
}
