package pk.hifazat.cases;

import java.util.Optional;

/**
 * A case in parts for a package to a partner (see {@link CaseDossier}). Read for the signed-in user
 * only where their jurisdiction reaches, through {@code identity.Access}: the view is audited, and a
 * case outside it is refused (audited) with an
 * {@link org.springframework.security.access.AccessDeniedException}.
 */
public interface CaseDossiers {

    /** The case with this number; empty when there is none (or the text is not a case number). */
    Optional<CaseDossier> read(String number);
}
