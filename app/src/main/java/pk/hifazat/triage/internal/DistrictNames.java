package pk.hifazat.triage.internal;

import java.util.Locale;

import org.springframework.stereotype.Component;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;

/** A district's name in the page's language, from its code, for the queue's rows ({@code @triageDistricts}). */
@Component("triageDistricts")
public class DistrictNames {

    private final Districts districts;

    DistrictNames(Districts districts) {
        this.districts = districts;
    }

    public String name(String code, Locale locale) {
        return districts.byCode(new DistrictCode(code)).map(d -> d.name().in(locale)).orElse(code);
    }
}
