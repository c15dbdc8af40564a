package pk.hifazat.tips.internal;

import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.intake.Gender;
import pk.hifazat.intake.Intake;
import pk.hifazat.intake.InvalidReportException;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReporterContact;
import pk.hifazat.intake.Violation;

/**
 * The public tip form at {@code /report}: no account, anonymous unless the reporter asks to be
 * contacted, usable without JavaScript. A tip is stored whole or not at all; every problem is
 * shown beside its field, in the reporter's language.
 */
@Controller
class TipController {

    private static final Logger log = LoggerFactory.getLogger(TipController.class);

    private final Intake intake;
    private final Districts districts;
    private final UploadedFiles uploads;
    private final Clock clock;
    private final TipRateLimits limits;

    TipController(Intake intake, Districts districts, UploadedFiles uploads, Clock clock, TipRateLimits limits) {
        this.limits = limits;
        this.intake = intake;
        this.districts = districts;
        this.uploads = uploads;
        this.clock = clock;
    }

    @ModelAttribute
    void choices(Model model, Locale locale) {
        model.addAttribute("categories", TipCategory.values());
        // "Not known" is what the form's own "I do not know" sends (nothing), so it is not offered twice.
        model.addAttribute("genders", Arrays.stream(Gender.values()).filter(g -> g != Gender.UNKNOWN).toList());
        model.addAttribute("districtChoices", districts.all().stream()
                .sorted(java.util.Comparator.comparing(d -> d.name().in(locale)))
                .toList());
    }

    @GetMapping("/report")
    String form(Model model) {
        model.addAttribute("tip", TipForm.empty());
        return "tips/tip";
    }

    /**
     * The rate limit and upload memory were checked before the form was read ({@link TipAdmission}); a
     * tip of typed text over the limit is shown again as typed, and only a stored tip counts.
     */
    @PostMapping("/report")
    String submit(@ModelAttribute("tip") TipForm form, BindingResult errors, HttpServletRequest request,
                  HttpServletResponse response, Model model) {
        if (form.website() != null && !form.website().isBlank()) {
            log.info("A tip with the honeypot field filled in was discarded");
            return "redirect:/report/received";
        }
        Optional<Duration> wait = TipRateLimits.overLimit(request);
        if (wait.isPresent()) {
            response.setStatus(HttpStatus.TOO_MANY_REQUESTS.value());
            response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(wait.get().toSeconds()));
            model.addAttribute("tooManyMinutes", (wait.get().toSeconds() + 59) / 60);
            return "tips/tip";
        }
        TipCategory category = parse(TipCategory.class, form.category());
        if (category == null) {
            errors.rejectValue("category", "tip.category.required");
        }
        String districtName = districtName(form, errors);
        Integer age = age(form.childAge(), errors);
        Gender gender = blank(form.childGender()) ? null : parse(Gender.class, form.childGender());
        if (!blank(form.childGender()) && gender == null) {
            errors.rejectValue("childGender", "tip.childGender.unknown");
        }
        boolean contactMe = !blank(form.contactMe());
        if (contactMe && blank(form.contactPhone()) && blank(form.contactEmail())) {
            errors.rejectValue("contactPhone", "tip.contact.required");
        }
        if (TipLines.allEmpty(form.description(), form.usernames(), form.phones(), form.links(), form.emails())
                && form.uploads().isEmpty()) {
            errors.rejectValue("description", "tip.description.required");
        }
        List<MediaFile> files = uploads.hashAll(form.uploads(), errors, response);
        TipTranslation tip = new TipTranslation(form, category, districtName, age, gender, files);
        ReporterContact contact = contactMe
                ? new ReporterContact(nullIfBlank(form.contactName()), nullIfBlank(form.contactEmail()),
                nullIfBlank(form.contactPhone()))
                : null;
        if (errors.hasErrors()) {
            rejectOnce(errors, tip, intake.problemsIn(tip.content(), contact));
            return "tips/tip";
        }
        try {
            Receipt receipt = intake.submitTip(tip.content(), contact);
            limits.stored(request);
            ShownReceipt.keep(request.getSession(), receipt.code().value(), category == TipCategory.CHILD_IN_DANGER_NOW,
                    clock.instant());
            return "redirect:/report/received";
        } catch (InvalidReportException invalid) {
            rejectOnce(errors, tip, invalid.violations());
            return "tips/tip";
        }
    }

    /** The intake core's problems beside their fields, where the form has not already said what is wrong there. */
    private static void rejectOnce(BindingResult errors, TipTranslation tip, List<Violation> violations) {
        Set<String> answered = errors.getFieldErrors().stream().map(FieldError::getField).collect(Collectors.toSet());
        for (Violation violation : violations) {
            String field = tip.formField(violation.field());
            if (!answered.contains(field)) {
                TipErrors.reject(errors, field, violation.code());
            }
        }
    }

    @GetMapping("/report/received")
    String received(HttpServletRequest request, Model model) {
        ShownReceipt.in(request.getSession(false), clock.instant()).ifPresent(shown -> {
            model.addAttribute("receipt", shown.code());
            model.addAttribute("urgent", shown.urgent());
        });
        return "tips/received";
    }

    /**
     * A form of the tip or receipt page refused before it was read ({@link TipRefusal}): too many
     * from this client, busy, or unreadable (too large, or its session had ended), which is answered
     * on the form it came from, empty, saying that what was typed could not be read either.
     */
    @RequestMapping(TipRefusal.PAGE)
    String refused(@ModelAttribute("tip") TipForm form, BindingResult errors, HttpServletRequest request, Model model) {
        TipRefusal refusal = TipRefusal.of(request).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        return switch (refusal.reason()) {
            case TOO_MANY -> "tips/too-many";
            case BUSY -> "tips/busy";
            case CUT_OFF, EXPIRED -> unread(refusal, errors, model);
        };
    }

    /** The empty form the unread one came from, saying why nothing of it could be read. */
    private static String unread(TipRefusal refusal, BindingResult errors, Model model) {
        if (refusal.fromReceiptPage()) {
            model.addAttribute("unread", refusal.message());
            return "tips/receipt";
        }
        errors.rejectValue(refusal.reason() == TipRefusal.Reason.CUT_OFF ? "files" : "description", refusal.message());
        return "tips/tip";
    }

    private String districtName(TipForm form, BindingResult errors) {
        if (!blank(form.district())) {
            try {
                return districts.byCode(DistrictCode.of(form.district())).map(d -> d.name().english())
                        .orElseGet(() -> {
                            errors.rejectValue("district", "tip.district.unknown");
                            return null;
                        });
            } catch (IllegalArgumentException e) {
                errors.rejectValue("district", "tip.district.unknown");
                return null;
            }
        }
        return districts.find(form.place()).map(District::name).map(n -> n.english()).orElse(null);
    }

    private static Integer age(String text, BindingResult errors) {
        if (blank(text)) {
            return null;
        }
        try {
            int age = Integer.parseInt(text.strip());
            if (age >= 0 && age < 18) {
                return age;
            }
        } catch (NumberFormatException e) {
            // answered below, like an age out of range
        }
        errors.rejectValue("childAge", "tip.childAge.range");
        return null;
    }

    private static <E extends Enum<E>> E parse(Class<E> type, String value) {
        return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(value)).findFirst().orElse(null);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static String nullIfBlank(String value) {
        return blank(value) ? null : value.strip();
    }
}
