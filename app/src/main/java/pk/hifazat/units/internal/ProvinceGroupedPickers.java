package pk.hifazat.units.internal;

import java.text.Collator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.hifazat.geography.District;
import pk.hifazat.geography.Districts;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.geography.Province;
import pk.hifazat.units.PlaceGroup;
import pk.hifazat.units.PlaceGroup.PlaceChoice;
import pk.hifazat.units.PlacePickers;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

@Component
class ProvinceGroupedPickers implements PlacePickers {

    private final Units units;
    private final Districts districts;

    ProvinceGroupedPickers(Units units, Districts districts) {
        this.units = units;
        this.districts = districts;
    }

    @Override
    public List<PlaceGroup> units(Locale locale, String filter) {
        Map<String, Province> provinces = provinces();
        Map<String, String> provinceOfDistrict = districts.all().stream()
                .collect(Collectors.toMap(d -> d.code().value(), District::provinceCode));
        Map<Optional<Province>, List<PlaceChoice>> grouped = new LinkedHashMap<>();
        for (Unit unit : units.all()) {
            var provinceCodes = unit.jurisdiction().districts().stream()
                    .map(d -> provinceOfDistrict.get(d.value())).filter(Objects::nonNull).distinct().toList();
            Optional<Province> province = !unit.jurisdiction().national() && provinceCodes.size() == 1
                    ? Optional.ofNullable(provinces.get(provinceCodes.getFirst())) : Optional.empty();
            if (matches(filter, unit.code(), unit.name(), province.map(Province::name).orElse(null))) {
                grouped.computeIfAbsent(province, p -> new ArrayList<>()).add(new PlaceChoice(unit.code(), unit.name()));
            }
        }
        return sorted(grouped, locale);
    }

    @Override
    public List<PlaceGroup> districts(Locale locale, String filter) {
        Map<String, Province> provinces = provinces();
        Map<Optional<Province>, List<PlaceChoice>> grouped = new LinkedHashMap<>();
        for (District district : districts.all()) {
            Optional<Province> province = Optional.ofNullable(provinces.get(district.provinceCode()));
            if (matches(filter, district.code().value(), district.name(), province.map(Province::name).orElse(null))) {
                grouped.computeIfAbsent(province, p -> new ArrayList<>())
                        .add(new PlaceChoice(district.code().value(), district.name()));
            }
        }
        return sorted(grouped, locale);
    }

    private Map<String, Province> provinces() {
        return districts.provinces().stream().collect(Collectors.toMap(Province::code, p -> p));
    }

    /** Provinces in the page's alphabetical order, then the units that span several; places likewise within each. */
    private static List<PlaceGroup> sorted(Map<Optional<Province>, List<PlaceChoice>> grouped, Locale locale) {
        Collator collator = Collator.getInstance(locale);
        Comparator<LocalisedName> byName = Comparator.comparing(name -> name.in(locale), collator);
        Comparator<Optional<Province>> provincesFirst = Comparator.comparing(Optional::isEmpty);
        return grouped.entrySet().stream()
                .sorted(Map.Entry.comparingByKey(provincesFirst.thenComparing(
                        p -> p.map(Province::name).orElse(null), Comparator.nullsLast(byName))))
                .map(e -> new PlaceGroup(e.getKey().map(Province::name).orElse(null),
                        e.getValue().stream().sorted(Comparator.comparing(PlaceChoice::name, byName)).toList()))
                .toList();
    }

    private static boolean matches(String filter, String code, LocalisedName name, LocalisedName province) {
        if (filter == null || filter.isBlank()) {
            return true;
        }
        String wanted = filter.strip().toLowerCase(Locale.ROOT);
        return contains(code, wanted) || contains(name.english(), wanted) || contains(name.urdu(), wanted)
                || (province != null && (contains(province.english(), wanted) || contains(province.urdu(), wanted)));
    }

    private static boolean contains(String text, String wanted) {
        return text != null && text.toLowerCase(Locale.ROOT).contains(wanted);
    }
}
