package pk.hifazat.intake.internal;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.identifiers.Identifier;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.ReportId;
import pk.hifazat.privacy.PersonalData;

/**
 * What reporters add to their reports later. The identifiers and files of an addition join the
 * report's own (numbered after them), so that linking sees one report; the caller holds the
 * report's row lock, which keeps two additions from taking the same numbers.
 */
@Repository
class Additions {

    private final JdbcClient jdbc;
    private final PersonalData personalData;

    Additions(JdbcClient jdbc, PersonalData personalData) {
        this.jdbc = jdbc;
        this.personalData = personalData;
    }

    void add(UUID addition, ReportId report, Instant at, String raw, String normalised, String contact,
             List<ReportIdentifier> identifiers, List<MediaFile> files) {
        SealedFields sealed = SealedFields.seal(personalData, addition, raw, normalised, contact);
        jdbc.sql("INSERT INTO report_addition (id, report_id, added_at, raw, normalised, contact) VALUES (?, ?, ?, ?, ?, ?)")
                .params(addition, report.value(), Timestamp.from(at), sealed.raw(), sealed.normalised(), sealed.contact())
                .update();
        int firstIdentifier = next("report_identifier", report);
        for (int i = 0; i < identifiers.size(); i++) {
            ReportIdentifier row = identifiers.get(i);
            Identifier identifier = row.identifier();
            jdbc.sql("INSERT INTO report_identifier (report_id, position, addition_id, kind, value, platform, role) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?)")
                    .params(report.value(), firstIdentifier + i, addition, identifier.kind().name(), identifier.value(),
                            identifier.platform(), row.role().name())
                    .update();
        }
        int firstFile = next("report_file", report);
        for (int i = 0; i < files.size(); i++) {
            MediaFile file = files.get(i);
            jdbc.sql("INSERT INTO report_file (report_id, position, addition_id, md5, sha1, sha256, pdq, viewed, "
                            + "publicly_available, classification, pdq_quality, pdq_variants) "
                            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(report.value(), firstFile + i, addition, file.md5(), file.sha1(), file.sha256(), file.pdq(),
                            file.viewedByPlatform(), file.publiclyAvailable(),
                            file.classification() == null ? null : file.classification().name(), file.pdqQuality(),
                            PdqVariants.column(file.pdqVariants()))
                    .update();
        }
    }

    private int next(String table, ReportId report) {
        return jdbc.sql("SELECT coalesce(max(position) + 1, 0) FROM " + table + " WHERE report_id = ?")
                .param(report.value()).query(Integer.class).single();
    }
}
