package pk.hifazat.cases.internal;

import org.springframework.stereotype.Component;

import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;

/** A district named by its code in a form or request; an unknown one names the field. */
@Component
class KnownDistricts {

    private final Districts districts;

    KnownDistricts(Districts districts) {
        this.districts = districts;
    }

    DistrictCode require(String value, String field) {
        try {
            return districts.byCode(DistrictCode.of(value)).map(District::code)
                    .orElseThrow(() -> new CaseInputException(field, "cases.input.unknown", value));
        } catch (IllegalArgumentException e) {
            throw new CaseInputException(field, "cases.input.unknown", value);
        }
    }
}
