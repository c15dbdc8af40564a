package pk.hifazat.units;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;

/** Units are read from a copy a few seconds old at most; a unit created here is never missed, and one rolled back never seen. */
@ApplicationModuleTest(mode = ApplicationModuleTest.BootstrapMode.DIRECT_DEPENDENCIES, extraIncludes = "database")
class RecentUnitsTest {

    @Autowired
    Units units;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void aNewUnitIsSeenAtOnceBySomeoneWhoReadTheUnitsJustBefore() {
        DistrictCode lahore = DistrictCode.of("PK617");
        int before = units.all().size();

        Unit created = units.create("ZZ-NEW", UnitKind.ZONAL_OFFICE, new LocalisedName("Test zone", "ٹیسٹ زون"), false, Set.of(lahore));

        assertThat(units.all()).hasSize(before + 1).contains(created);
    }

    @Test
    void aUnitWhoseCreationWasRolledBackIsNeverSeen() {
        DistrictCode district = DistrictCode.of("PK617");
        units.all();

        Unit seenInside = transactions.execute(status -> {
            status.setRollbackOnly();
            units.create("AAA-ROLLED-BACK", UnitKind.DISTRICT_UNIT, new LocalisedName("Rolled back", "واپس"),
                    false, Set.of(district));
            return units.districtUnitOf(district).orElseThrow();
        });

        assertThat(seenInside.code()).isEqualTo("AAA-ROLLED-BACK");
        assertThat(units.all()).extracting(Unit::code).doesNotContain("AAA-ROLLED-BACK");
        assertThat(units.districtUnitOf(district)).get().extracting(Unit::code).isEqualTo("DCU-PK617");
    }
}
