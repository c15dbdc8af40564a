package pk.hifazat.geography.internal;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.LocalisedName;

/** Districts newer than the reference data are added here; each gets its own cyber-crime unit. */
@Controller
@RequestMapping("/admin/districts")
@PreAuthorize("hasRole('ADMINISTRATOR')")
class DistrictAdministrationController {

    record NewDistrictForm(
            @NotBlank(message = "{geography.code.required}")
            @Pattern(regexp = "PK\\d{3,5}", message = "{geography.code.form}") String code,
            @NotBlank(message = "{geography.province.required}") String province,
            @NotBlank(message = "{geography.nameEn.required}") @Size(max = 120, message = "{geography.name.long}") String nameEn,
            @NotBlank(message = "{geography.nameUr.required}") @Size(max = 120, message = "{geography.name.long}") String nameUr) {
    }

    private final DistrictRegister districts;
    private final AuditLog audit;

    DistrictAdministrationController(DistrictRegister districts, AuditLog audit) {
        this.districts = districts;
        this.audit = audit;
    }

    @GetMapping
    String list(Model model) {
        if (!model.containsAttribute("district")) {
            model.addAttribute("district", new NewDistrictForm("", "", "", ""));
        }
        model.addAttribute("provinces", districts.provinces());
        model.addAttribute("districts", districts.all());
        return "geography/districts";
    }

    @PostMapping
    String add(@Valid @ModelAttribute("district") NewDistrictForm form, BindingResult errors, Model model,
               RedirectAttributes redirect) {
        if (!errors.hasFieldErrors("code") && districts.exists(DistrictCode.of(form.code()))) {
            errors.rejectValue("code", "geography.code.taken");
        }
        if (!errors.hasFieldErrors("province") && !districts.provinceExists(form.province())) {
            errors.rejectValue("province", "geography.province.unknown");
        }
        if (errors.hasErrors()) {
            return list(model);
        }
        var district = districts.add(DistrictCode.of(form.code()), form.province(),
                new LocalisedName(form.nameEn().trim(), form.nameUr().trim()));
        audit.record(AuditRecord.of(CommonAction.CREATE, "District", district.code()));
        redirect.addFlashAttribute("created", district.code().value());
        return "redirect:/admin/districts";
    }
}
