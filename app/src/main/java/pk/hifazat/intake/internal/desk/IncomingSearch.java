package pk.hifazat.intake.internal.desk;

import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.stereotype.Component;

import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.internal.IncomingFilter;

/**
 * The desk's one search box: a receipt code, or an identifier written any way people write it
 * ("0300 1234567", "Ali@Example.com"), looked up in each normal form it could have.
 */
@Component
class IncomingSearch {

    /** Kinds a bare piece of text can be read as without knowing its platform. */
    private static final Set<IdentifierKind> KINDS = EnumSet.of(IdentifierKind.PHONE, IdentifierKind.EMAIL,
            IdentifierKind.PROFILE_URL, IdentifierKind.IP, IdentifierKind.USERNAME);

    private final IdentifierNormaliser normaliser;

    IncomingSearch(IdentifierNormaliser normaliser) {
        this.normaliser = normaliser;
    }

    IncomingFilter narrow(IncomingFilter filter, String typed) {
        if (typed == null || typed.isBlank()) {
            return filter;
        }
        var receipt = ReceiptCode.parse(typed);
        if (receipt.isPresent()) {
            return new IncomingFilter(filter.source(), filter.type(), filter.status(), filter.districtCode(),
                    filter.urgentOnly(), receipt.get(), List.of());
        }
        Set<String> values = new LinkedHashSet<>();
        for (IdentifierKind kind : KINDS) {
            normaliser.normalise(kind, typed.strip(), null).map(Identifier::value).ifPresent(values::add);
        }
        // text that is no identifier at all still narrows the list (to nothing) rather than showing everything
        values.add(typed.strip());
        return new IncomingFilter(filter.source(), filter.type(), filter.status(), filter.districtCode(),
                filter.urgentOnly(), null, List.copyOf(values));
    }
}
