package pk.hifazat.units.internal;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.geography.LocalisedName;
import pk.hifazat.units.PlacePickers;
import pk.hifazat.units.UnitKind;
import pk.hifazat.units.Units;

@Controller
@RequestMapping("/admin/units")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class UnitAdministrationController {

    /**
     * Every field is text, so that a request without a field or with a malformed one still makes a
     * form to answer on: a primitive or typed field that cannot be bound leaves no form at all.
     */
    record NewUnitForm(
            @NotBlank(message = "{units.code.required}")
            @Pattern(regexp = "[A-Z0-9-]{2,30}", message = "{units.code.form}") String code,
            @NotBlank(message = "{units.kind.required}") String kind,
            @NotBlank(message = "{units.nameEn.required}") @Size(max = 120, message = "{units.name.long}") String nameEn,
            @NotBlank(message = "{units.nameUr.required}") @Size(max = 120, message = "{units.name.long}") String nameUr,
            @Pattern(regexp = "true|on|false|", message = "{units.national.form}") String national,
            List<String> districts) {

        boolean nationalChosen() {
            return "true".equals(national) || "on".equals(national);
        }
    }

    private final Units units;
    private final Districts districts;
    private final AuditLog audit;
    private final PlacePickers pickers;

    UnitAdministrationController(Units units, Districts districts, AuditLog audit, PlacePickers pickers) {
        this.pickers = pickers;
        this.units = units;
        this.districts = districts;
        this.audit = audit;
    }

    @GetMapping
    String list(@RequestParam(defaultValue = "") String find, Model model) {
        if (!model.containsAttribute("unit")) {
            model.addAttribute("unit", new NewUnitForm("", "", "", "", "", List.of()));
        }
        model.addAttribute("units", units.all());
        model.addAttribute("kinds", UnitKind.values());
        model.addAttribute("districtGroups", pickers.districts(LocaleContextHolder.getLocale(), find));
        return "units/units";
    }

    @PostMapping
    @Transactional
    String create(@Valid @ModelAttribute("unit") NewUnitForm form, BindingResult errors, Model model,
                  RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("code") && units.byCode(form.code()).isPresent()) {
            errors.rejectValue("code", "units.code.taken");
        }
        Set<DistrictCode> chosen = new LinkedHashSet<>();
        for (String code : form.districts() == null ? List.<String>of() : form.districts()) {
            try {
                DistrictCode district = DistrictCode.of(code);
                if (districts.byCode(district).isEmpty()) {
                    throw new IllegalArgumentException(code);
                }
                chosen.add(district);
            } catch (IllegalArgumentException e) {
                errors.rejectValue("districts", "units.districts.unknown");
            }
        }
        if (!form.nationalChosen() && chosen.isEmpty() && !errors.hasFieldErrors("districts")) {
            errors.rejectValue("districts", "units.districts.required");
        }
        UnitKind kind = Arrays.stream(UnitKind.values()).filter(k -> k.name().equals(form.kind())).findFirst().orElse(null);
        if (!errors.hasFieldErrors("kind") && kind == null) {
            errors.rejectValue("kind", "units.kind.unknown");
        }
        if (errors.hasErrors()) {
            return list("", model);
        }
        var unit = units.create(form.code(), kind, new LocalisedName(form.nameEn().trim(), form.nameUr().trim()),
                form.nationalChosen(), chosen);
        audit.record(AuditRecord.of(CommonAction.CREATE, "Unit", unit.code()));
        redirect.addFlashAttribute("created", unit.code());
        return "redirect:/admin/units";
    }
}
