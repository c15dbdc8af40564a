package pk.hifazat.intake.internal.api;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

import pk.hifazat.intake.OrganisationId;
import pk.hifazat.intake.PartnerOrganisations;
import pk.hifazat.intake.internal.ReportingOrganisations;

/** The organisations from intake's register, and the one whose key the bearer filter accepted. */
@Component
class CallingOrganisations implements PartnerOrganisations {

    private final ReportingOrganisations organisations;

    CallingOrganisations(ReportingOrganisations organisations) {
        this.organisations = organisations;
    }

    @Override
    public Optional<OrganisationId> calling() {
        if (SecurityContextHolder.getContext().getAuthentication() instanceof ApiKeyAuthentication key) {
            return Optional.of(new OrganisationId(key.getPrincipal().organisation()));
        }
        return Optional.empty();
    }

    @Override
    public List<Partner> all() {
        return organisations.all().stream()
                .map(o -> new Partner(new OrganisationId(o.id()), o.name()))
                .sorted(Comparator.comparing(Partner::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }
}
