package pk.hifazat.identity.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import pk.hifazat.audit.AuditEntry;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.audit.ChainVerification;
import pk.hifazat.audit.Outcome;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.Jurisdiction;
import pk.hifazat.units.Unit;
import pk.hifazat.units.UnitId;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

/** The one access rule, without Spring: who may open which unit, national records and districts. */
class JurisdictionAccessTest {

    private static final DistrictCode LAHORE = DistrictCode.of("PK617");
    private static final DistrictCode MUZAFFARGARH = DistrictCode.of("PK623");
    private static final DistrictCode KARACHI = DistrictCode.of("PK706");

    private final Unit headquarters = unit("HQ", UnitKind.HEADQUARTERS, true);
    private final Unit punjab = unit("ZONE-PK6", UnitKind.ZONAL_OFFICE, false, LAHORE, MUZAFFARGARH);
    private final Unit lahore = unit("DCU-PK617", UnitKind.DISTRICT_UNIT, false, LAHORE);
    private final Unit karachi = unit("DCU-PK706", UnitKind.DISTRICT_UNIT, false, KARACHI);
    private final Unit punjabBureau = unit("CPB-PK6", UnitKind.CPB_OFFICE, false, LAHORE, MUZAFFARGARH);
    private final Unit sindhBureau = unit("CPB-PK7", UnitKind.CPB_OFFICE, false, KARACHI);

    private final FakeUnits units = new FakeUnits(List.of(headquarters, punjab, lahore, karachi, punjabBureau, sindhBureau));
    private final List<AuditRecord> audited = new ArrayList<>();
    private final JurisdictionAccess access = new JurisdictionAccess(units, new RecordingAuditLog(audited));

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void theSignedInUserIsBuiltOncePerRequest() {
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        signIn(Role.SUPERVISOR, punjab);

        access.checkUnit(lahore, AuditRecord.of(CommonAction.VIEW, "Unit", "DCU-PK617"));
        access.checkDistrict(MUZAFFARGARH, AuditRecord.of(CommonAction.VIEW, "Report", "r1"));
        access.require();
        assertThat(units.lookups.get()).isEqualTo(1);

        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(new MockHttpServletRequest()));
        access.require();
        assertThat(units.lookups.get()).isEqualTo(2);
    }

    @Test
    void aZoneOpensItsDistrictUnitsButNotAnotherProvinceOrHeadquarters() {
        signIn(Role.SUPERVISOR, punjab);
        assertThat(access.mayOpen(lahore)).isTrue();
        assertThat(access.mayOpen(punjab)).isTrue();
        assertThat(access.mayOpen(karachi)).isFalse();
        assertThat(access.mayOpen(headquarters)).isFalse();
        assertThatThrownBy(() -> access.checkUnit(karachi, AuditRecord.of(CommonAction.VIEW, "Unit", "DCU-PK706")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited).last().satisfies(refusal -> {
            assertThat(refusal.outcome()).isEqualTo(Outcome.REFUSED);
            assertThat(refusal.targetId()).isEqualTo("DCU-PK706");
        });
    }

    @Test
    void aChildProtectionOfficeIsOpenOnlyToItsOwnPeopleNotEvenToNationalOfficers() {
        signIn(Role.CPB_CASEWORKER, punjabBureau);
        assertThat(access.mayOpen(punjabBureau)).isTrue();
        assertThat(access.mayOpen(sindhBureau)).isFalse();

        signIn(Role.INTAKE_ANALYST, headquarters);
        assertThat(access.mayOpen(punjabBureau)).isFalse();
        assertThat(access.mayOpen(karachi)).isTrue();
    }

    @Test
    void nationalRecordsAreForNationalUsersOnlyAndEveryDecisionIsAudited() {
        signIn(Role.SUPERVISOR, headquarters);
        access.checkNational(AuditRecord.of(CommonAction.VIEW, "IncomingReports", "page"));
        assertThat(audited).last().extracting(AuditRecord::outcome).isEqualTo(Outcome.DONE);

        signIn(Role.SUPERVISOR, punjab);
        assertThatThrownBy(() -> access.checkNational(AuditRecord.of(CommonAction.VIEW, "IncomingReports", "page")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(audited).last().extracting(AuditRecord::outcome).isEqualTo(Outcome.REFUSED);
    }

    @Test
    void theVisibleDistrictsAreWhatTheHomeUnitCovers() {
        signIn(Role.DISTRICT_OFFICER, lahore);
        assertThat(access.visibleDistricts()).isEqualTo(new Jurisdiction(false, Set.of(LAHORE)));
        signIn(Role.INTAKE_ANALYST, headquarters);
        assertThat(access.visibleDistricts().national()).isTrue();
        SecurityContextHolder.clearContext();
        assertThat(access.visibleDistricts()).isEqualTo(Jurisdiction.none());
    }

    private static void signIn(Role role, Unit unit) {
        Account account = new Account(new UserId(UUID.randomUUID()), role.name().toLowerCase() + ".test", "Test", "hash",
                role, unit.id(), true, false);
        AccountDetails details = new AccountDetails(account);
        SecurityContextHolder.getContext().setAuthentication(
                UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
    }

    private static Unit unit(String code, UnitKind kind, boolean national, DistrictCode... districts) {
        return new Unit(new UnitId(UUID.randomUUID()), code, kind, new LocalisedName(code, code),
                new Jurisdiction(national, Set.of(districts)));
    }

    /** Units in memory, counting the look-ups a signed-in user costs. */
    private static final class FakeUnits implements Units {

        final AtomicInteger lookups = new AtomicInteger();
        private final Map<UnitId, Unit> byId = new HashMap<>();

        FakeUnits(List<Unit> units) {
            units.forEach(u -> byId.put(u.id(), u));
        }

        @Override
        public List<Unit> all() {
            return List.copyOf(byId.values());
        }

        @Override
        public Optional<Unit> byId(UnitId id) {
            lookups.incrementAndGet();
            return Optional.ofNullable(byId.get(id));
        }

        @Override
        public Optional<Unit> byCode(String code) {
            return byId.values().stream().filter(u -> u.code().equals(code)).findFirst();
        }

        @Override
        public Optional<Unit> districtUnitOf(DistrictCode district) {
            return Optional.empty();
        }

        @Override
        public Unit create(String code, UnitKind kind, LocalisedName name, boolean national, Set<DistrictCode> districts) {
            throw new UnsupportedOperationException();
        }
    }

    private record RecordingAuditLog(List<AuditRecord> records) implements AuditLog {

        @Override
        public void record(AuditRecord record) {
            records.add(record);
        }

        @Override
        public void recordIndependently(AuditRecord record) {
            records.add(record);
        }

        @Override
        public List<AuditEntry> latest(int limit, String actor, String targetId) {
            return List.of();
        }

        @Override
        public ChainVerification verify() {
            return null;
        }
    }
}
