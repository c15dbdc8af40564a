package pk.hifazat.tips.internal;

import java.util.List;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;

import pk.hifazat.intake.Intake;
import pk.hifazat.intake.InvalidReportException;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.PublicStatus;
import pk.hifazat.intake.ReceiptCode;

/**
 * The receipt page at {@code /receipt}: with the code alone, a reporter sees the coarse status of
 * their report (received, under review, closed) — never what officers wrote — and can add what
 * they learned later. The code travels in form posts, not in addresses, so it stays out of
 * browser history and server logs; every look-up counts against the client's limit.
 */
@Controller
class ReceiptController {

    /** What a reporter adds later: more words, identifiers or files. */
    record AdditionForm(String code, String description, String usernames, String phones, String links,
                        String emails, List<MultipartFile> files) {

        List<MultipartFile> uploads() {
            return files == null ? List.of() : files.stream().filter(f -> f != null && !f.isEmpty()).toList();
        }
    }

    private final Intake intake;
    private final UploadedFiles uploads;

    ReceiptController(Intake intake, UploadedFiles uploads) {
        this.intake = intake;
        this.uploads = uploads;
    }

    @GetMapping("/receipt")
    String form() {
        return "tips/receipt";
    }

    /** Every look-up was counted against the client's limit before the form was read ({@link TipAdmission}). */
    @PostMapping("/receipt")
    String status(@RequestParam(defaultValue = "") String code, Model model) {
        if (code.isBlank()) {
            model.addAttribute("codeMissing", true);
            return "tips/receipt";
        }
        Optional<PublicStatus> status = ReceiptCode.parse(code).flatMap(intake::status);
        if (status.isEmpty()) {
            model.addAttribute("code", code);
            model.addAttribute("notFound", true);
            return "tips/receipt";
        }
        model.addAttribute("status", status.get());
        model.addAttribute("addition", new AdditionForm(status.get().code().value(), "", "", "", "", "", List.of()));
        return "tips/status";
    }

    @PostMapping("/receipt/information")
    String add(@ModelAttribute("addition") AdditionForm form, BindingResult errors, Model model,
               HttpServletResponse response) {
        Optional<ReceiptCode> code = ReceiptCode.parse(form.code());
        Optional<PublicStatus> status = code.flatMap(intake::status);
        if (status.isEmpty()) {
            model.addAttribute("notFound", true);
            return "tips/receipt";
        }
        model.addAttribute("status", status.get());
        TipForm asTip = new TipForm("OTHER", "", "", "", form.description(), form.usernames(), form.phones(),
                form.links(), form.emails(), "", "", form.uploads(), "", "", "", "", "");
        if (TipLines.allEmpty(form.description(), form.usernames(), form.phones(), form.links(), form.emails())
                && form.uploads().isEmpty()) {
            errors.rejectValue("description", "tip.addition.required");
        }
        List<MediaFile> files = uploads.hashAll(form.uploads(), errors, response);
        if (errors.hasErrors()) {
            return "tips/status";
        }
        TipTranslation addition = new TipTranslation(asTip, TipCategory.OTHER, null, null, null, files);
        try {
            intake.addInformation(code.get(), addition.content(), null);
        } catch (InvalidReportException invalid) {
            invalid.violations().forEach(v ->
                    TipErrors.reject(errors, addition.formField(v.field()), v.code()));
            return "tips/status";
        }
        model.addAttribute("added", true);
        model.addAttribute("addition", new AdditionForm(code.get().value(), "", "", "", "", "", List.of()));
        return "tips/status";
    }
}
