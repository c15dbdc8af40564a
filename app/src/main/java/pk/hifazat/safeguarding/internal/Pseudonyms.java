package pk.hifazat.safeguarding.internal;

import java.util.Locale;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * A child's pseudonym, {@code M-07}: the letter of the unit (the first of its case code, MZG for
 * Muzaffargarh) and the next number for that letter. Numbering by letter rather than by unit keeps
 * two children of different units from sharing a pseudonym (Multan's MUX and Muzaffargarh's MZG).
 */
@Component
class Pseudonyms {

    private final JdbcClient jdbc;

    Pseudonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** @param unitName a unit's case code or name: its first Latin letter is used (X when there is none) */
    String next(String unitName) {
        String letter = unitName == null ? "X" : unitName.toUpperCase(Locale.ROOT).chars().filter(c -> c >= 'A' && c <= 'Z')
                .mapToObj(Character::toString).findFirst().orElse("X");
        int number = jdbc.sql("""
                INSERT INTO safeguarding_pseudonym_counter (letter, last) VALUES (?, 1)
                ON CONFLICT (letter) DO UPDATE SET last = safeguarding_pseudonym_counter.last + 1 RETURNING last""")
                .param(letter).query(Integer.class).single();
        return "%s-%02d".formatted(letter, number);
    }
}
