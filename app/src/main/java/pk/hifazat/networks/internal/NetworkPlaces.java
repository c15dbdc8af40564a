package pk.hifazat.networks.internal;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.units.Jurisdiction;

/** District and country names in the reader's language, for the network page. */
@Component("networkPlaces")
class NetworkPlaces {

    private final Districts districts;

    NetworkPlaces(Districts districts) {
        this.districts = districts;
    }

    public String name(String district) {
        Locale locale = LocaleContextHolder.getLocale();
        return districts.byCode(DistrictCode.of(district)).map(d -> d.name().in(locale)).orElse(district);
    }

    /** The codes of the districts in this jurisdiction, where a case may be opened: by name. */
    List<String> within(Jurisdiction jurisdiction) {
        Locale locale = LocaleContextHolder.getLocale();
        return districts.all().stream().filter(d -> jurisdiction.covers(d.code()))
                .sorted(Comparator.comparing(d -> d.name().in(locale)))
                .map(d -> d.code().value()).toList();
    }

    public String country(String code) {
        String name = Locale.of("", code).getDisplayCountry(LocaleContextHolder.getLocale());
        return name.isBlank() ? code : name;
    }
}
