package pk.hifazat.cases.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.geography.LocalisedName;

/** The configurable list of offences (table case_offence_type, seeded with PECA 2016 and PPC sections). */
@Repository
public class Offences {

    /** An offence a case may name; {@code title} in English and Urdu. */
    public record Offence(String code, String law, String section, LocalisedName title) {
    }

    private final JdbcClient jdbc;

    Offences(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Offence> active() {
        return jdbc.sql("SELECT code, law, section, title_en, title_ur FROM case_offence_type WHERE active ORDER BY position")
                .query((rs, n) -> new Offence(rs.getString(1), rs.getString(2), rs.getString(3),
                        new LocalisedName(rs.getString(4), rs.getString(5))))
                .list();
    }

    /** The codes, each an active offence; an unknown one names the field. */
    List<String> require(Collection<String> codes, String field) {
        List<String> known = active().stream().map(Offence::code).toList();
        List<String> chosen = new ArrayList<>();
        for (String code : codes) {
            if (code == null || code.isBlank()) {
                continue;
            }
            if (!known.contains(code.strip())) {
                throw new CaseInputException(field, "cases.input.offence", code);
            }
            if (!chosen.contains(code.strip())) {
                chosen.add(code.strip());
            }
        }
        return chosen;
    }
}
