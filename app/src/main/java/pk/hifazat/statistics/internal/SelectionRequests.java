package pk.hifazat.statistics.internal;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.identity.Access;
import pk.hifazat.statistics.Category;
import pk.hifazat.units.Jurisdiction;

/**
 * Turns a dashboard's query (period, grain, category, province or district) into a {@link Selection}
 * the signed-in user may see: headquarters the whole country, a supervisor their zone, a district
 * officer their districts — decided by {@link Access} alone, and audited.
 */
@Component
class SelectionRequests {

    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    /** A dashboard's query as it arrives; any part may be null or blank. */
    record Query(String from, String to, String grain, String category, String province, String district) {
    }

    /** A selection and the words for the area it covers. */
    record Chosen(Selection selection, String area) {
    }

    private final Access access;
    private final Districts districts;
    private final Labels labels;
    private final StatisticsProperties properties;
    private final Clock clock;

    SelectionRequests(Access access, Districts districts, Labels labels, StatisticsProperties properties) {
        this.access = access;
        this.districts = districts;
        this.labels = labels;
        this.properties = properties;
        this.clock = Clock.system(PAKISTAN);
    }

    /** The period, grain and category of a query, checked, over the whole country: before jurisdiction. */
    Selection period(Query query) {
        LocalDate today = LocalDate.now(clock);
        LocalDate to = date(query.to(), "to", today);
        LocalDate from = date(query.from(), "from", to.withDayOfMonth(1).minusMonths(11));
        if (from.isAfter(to)) {
            throw new StatisticsInputException("from", "statistics.input.order", query.from());
        }
        if (ChronoUnit.DAYS.between(from, to) + 1 > properties.maxDays()) {
            throw new StatisticsInputException("from", "statistics.input.long", String.valueOf(properties.maxDays()));
        }
        Grain grain = blank(query.grain()) ? Grain.suiting(from, to) : choice(Grain.class, query.grain(), "grain");
        Category category = blank(query.category()) ? null : choice(Category.class, query.category(), "category");
        return new Selection(from, to, null, category, grain);
    }

    Chosen choose(Query query, Locale locale) {
        Selection period = period(query);
        Jurisdiction visible = access.visibleDistricts();
        AuditRecord attempt = AuditRecord.of(StatisticsAction.VIEW_STATISTICS, "statistics", area(query));
        if (!blank(query.district())) {
            District district = districts.byCode(new DistrictCode(query.district().strip()))
                    .orElseThrow(() -> new StatisticsInputException("district", "statistics.input.district", query.district()));
            access.checkDistrict(district.code(), attempt);
            return new Chosen(within(period, Set.of(district.code().value())), district.name().in(locale));
        }
        if (!blank(query.province())) {
            String province = query.province().strip();
            Set<DistrictCode> inProvince = districts.all().stream().filter(d -> d.provinceCode().equals(province))
                    .map(District::code).collect(Collectors.toSet());
            if (inProvince.isEmpty()) {
                throw new StatisticsInputException("province", "statistics.input.province", province);
            }
            Set<DistrictCode> seen = visible.national() ? inProvince
                    : inProvince.stream().filter(visible::covers).collect(Collectors.toSet());
            access.checkDistricts(seen.isEmpty() ? inProvince : seen, attempt);
            return new Chosen(within(period, codes(seen)), labels.province(province, locale));
        }
        if (visible.national()) {
            access.checkNational(attempt);
            return new Chosen(period, labels.message("statistics.area.national", locale));
        }
        access.checkDistricts(visible.districts(), attempt);
        return new Chosen(within(period, codes(visible.districts())), labels.message("statistics.area.yours", locale));
    }

    private static Selection within(Selection period, Set<String> districtCodes) {
        return new Selection(period.from(), period.to(), districtCodes, period.category(), period.grain());
    }

    private static Set<String> codes(Set<DistrictCode> codes) {
        return codes.stream().map(DistrictCode::value).collect(Collectors.toSet());
    }

    private static String area(Query query) {
        return !blank(query.district()) ? "district:" + query.district().strip()
                : !blank(query.province()) ? "province:" + query.province().strip() : "national";
    }

    private static LocalDate date(String text, String field, LocalDate otherwise) {
        if (blank(text)) {
            return otherwise;
        }
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            throw new StatisticsInputException(field, "statistics.input.date", text);
        }
    }

    static <E extends Enum<E>> E choice(Class<E> type, String text, String field) {
        try {
            return Enum.valueOf(type, text.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new StatisticsInputException(field, "statistics.input.choice", text);
        }
    }

    static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
