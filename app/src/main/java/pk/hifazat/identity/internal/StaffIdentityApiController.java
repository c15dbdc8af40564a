package pk.hifazat.identity.internal;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.StaffApi;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/**
 * Who the staff API is speaking to: a program can check its token and see the role and units its
 * answers will be limited to before it asks for anything else.
 */
@RestController
@Tag(name = "Staff: identity")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class StaffIdentityApiController {

    private final Access access;
    private final Units units;

    StaffIdentityApiController(Access access, Units units) {
        this.access = access;
        this.units = units;
    }

    /** The signed-in officer as the staff API knows them. */
    record Me(String username, String displayName, String role, String unit, boolean national, List<String> districts) {
    }

    @Operation(summary = "The signed-in officer: role, unit and the districts their answers are limited to")
    @GetMapping(StaffApi.PREFIX + "/me")
    Me me() {
        var user = access.require();
        var jurisdiction = access.visibleDistricts();
        return new Me(user.username(), user.displayName(), user.role().name(),
                units.byId(user.unit()).map(Unit::code).orElse(null), jurisdiction.national(),
                jurisdiction.districts().stream().map(DistrictCode::value).sorted().toList());
    }
}
