package pk.hifazat.statistics.internal;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.geography.Province;

/** The words a table's rows are labelled with, in the reader's language. */
@Component
class Labels {

    private final MessageSource messages;
    private final Districts districts;

    Labels(MessageSource messages, Districts districts) {
        this.messages = messages;
        this.districts = districts;
    }

    String message(String key, Locale locale) {
        return messages.getMessage(key, null, key, locale);
    }

    String messageWith(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, key, locale);
    }

    String bucket(String bucket, Locale locale) {
        return message("statistics.bucket." + bucket, locale);
    }

    String category(String category, Locale locale) {
        return message("statistics.category." + category, locale);
    }

    String measure(Measure measure, Locale locale) {
        return message("statistics.measure." + measure.name(), locale);
    }

    String district(String code, Locale locale) {
        if (code == null || code.isEmpty()) {
            return message("statistics.district.unknown", locale);
        }
        return districts.byCode(new DistrictCode(code)).map(d -> d.name().in(locale)).orElse(code);
    }

    String province(String code, Locale locale) {
        return districts.provinces().stream().filter(p -> p.code().equals(code)).findFirst()
                .map(p -> p.name().in(locale)).orElse(message("statistics.district.unknown", locale));
    }

    /** Each district's province code. */
    Map<String, String> provinceOfDistricts() {
        return districts.all().stream().collect(Collectors.toMap(d -> d.code().value(), District::provinceCode));
    }

    java.util.List<Province> provinces() {
        return districts.provinces();
    }
}
