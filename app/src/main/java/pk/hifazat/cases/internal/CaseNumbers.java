package pk.hifazat.cases.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.cases.CaseNumber;
import pk.hifazat.units.Unit;

/**
 * Case numbers without gaps or races: the unit and year's counter row is incremented in the opening
 * transaction and stays locked until it commits, so concurrent openings in one unit queue on it, and
 * an opening that rolls back gives its number back.
 */
@Component
class CaseNumbers {

    private final JdbcClient jdbc;
    private final CasesProperties properties;

    CaseNumbers(JdbcClient jdbc, CasesProperties properties) {
        this.jdbc = jdbc;
        this.properties = properties;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    CaseNumber next(Unit unit, int year) {
        int sequence = jdbc.sql("""
                INSERT INTO case_number_counter (unit_id, year, last) VALUES (?, ?, 1)
                ON CONFLICT (unit_id, year) DO UPDATE SET last = case_number_counter.last + 1
                RETURNING last""")
                .params(unit.id().value(), year).query(Integer.class).single();
        return CaseNumber.of(properties.agency(), unitCode(unit), year, sequence);
    }

    /** The unit's three-letter code, made from its name the first time (units made after the seed). */
    String unitCode(Unit unit) {
        return jdbc.sql("SELECT case_unit_code_assign(?, ?)").params(unit.id().value(), unit.name().english())
                .query(String.class).single();
    }
}
