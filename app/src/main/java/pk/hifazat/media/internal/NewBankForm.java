package pk.hifazat.media.internal;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** What a curator enters to create a bank. */
record NewBankForm(
        @NotBlank(message = "{media.bank.name.required}") @Size(max = 120, message = "{media.bank.name.long}")
        String name,
        @NotBlank(message = "{media.bank.source.required}") @Size(max = 200, message = "{media.bank.source.long}")
        String source,
        @NotBlank(message = "{media.bank.category.required}") @Size(max = 60, message = "{media.bank.category.long}")
        String defaultCategory,
        @NotBlank(message = "{media.bank.severity.required}")
        String severity,
        @NotNull(message = "{media.bank.radius.range}") @Min(value = 0, message = "{media.bank.radius.range}")
        @Max(value = 64, message = "{media.bank.radius.range}")
        Integer pdqRadius) {

    static NewBankForm empty() {
        return new NewBankForm("", "", "", "", Bank.DEFAULT_RADIUS);
    }
}
