package pk.hifazat.triage.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * A rule's reason as an officer reads it, in English or Urdu, with the child's age and the rule's
 * own parameter filled in ("A victim aged 8 — under 13 — with a suspect in Pakistan"). Used by the
 * pages ({@code @triageReasons}) and the staff API alike.
 */
@Component("triageReasons")
public class ReasonTexts {

    static final Locale URDU = Locale.forLanguageTag("ur");

    private final MessageSource messages;
    private final TriageRules rules;

    ReasonTexts(MessageSource messages, TriageRules rules) {
        this.messages = messages;
        this.rules = rules;
    }

    /** A reason as the API gives it: its rule's code and its text in both languages. */
    record Reason(String code, String en, String ur) {
    }

    public String text(String code, Integer youngestAge, Locale locale) {
        return text(code, youngestAge, locale, parameters());
    }

    List<Reason> both(List<String> codes, Integer youngestAge) {
        Map<String, TriageRule> byCode = parameters();
        return codes.stream().map(code -> new Reason(code, text(code, youngestAge, Locale.ENGLISH, byCode),
                text(code, youngestAge, URDU, byCode))).toList();
    }

    private String text(String code, Integer youngestAge, Locale locale, Map<String, TriageRule> byCode) {
        TriageRule rule = byCode.get(code);
        Object[] arguments = {youngestAge == null ? "?" : youngestAge, rule == null || rule.parameter() == null ? "" : rule.parameter(),
                rule == null || rule.days() == null ? "" : rule.days()};
        return messages.getMessage("triage.reason." + code, arguments, code, locale);
    }

    private Map<String, TriageRule> parameters() {
        return rules.all().stream().collect(Collectors.toMap(TriageRule::code, r -> r));
    }
}
