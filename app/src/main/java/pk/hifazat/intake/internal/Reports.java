package pk.hifazat.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import pk.hifazat.intake.IncidentType;
import pk.hifazat.intake.PublicStatus;
import pk.hifazat.intake.ReportAnnotation;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.ReporterContact;
import pk.hifazat.privacy.PersonalData;

/** Reading stored reports: the incoming list, one report in full, and a receipt's status. */
@Repository
public class Reports {

    private final JdbcClient jdbc;
    private final ReportJson json;
    private final PersonalData personalData;

    Reports(JdbcClient jdbc, ReportJson json, PersonalData personalData) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
    }

    /**
     * Newest first, narrowed by the filter. The SQL names only the filters given, so that the planner
     * picks the index made for exactly that filter (by source, type, status, district, the urgent ones,
     * the receipt, or an identifier's digest as {@link IncomingReports#NAMING} looks it up).
     */
    public ReportPage page(IncomingFilter filter, Optional<ReportPage.Cursor> after, int size) {
        List<Object> params = new ArrayList<>();
        StringBuilder where = new StringBuilder(" WHERE true");
        if (filter.source() != null) {
            where.append(" AND r.source = ?");
            params.add(filter.source().name());
        }
        if (filter.type() != null) {
            where.append(" AND r.incident_type = ?");
            params.add(filter.type().name());
        }
        if (filter.status() != null) {
            where.append(" AND r.status = ?");
            params.add(filter.status().name());
        }
        if (filter.districtCode() != null) {
            where.append(" AND r.district_code = ?");
            params.add(filter.districtCode());
        }
        if (filter.urgentOnly()) {
            where.append(" AND r.urgent");
        }
        if (filter.receipt() != null) {
            where.append(" AND r.receipt = ?");
            params.add(filter.receipt().value());
        }
        if (!filter.identifierValues().isEmpty()) {
            String[] values = filter.identifierValues().toArray(String[]::new);
            where.append(" AND r.id IN (SELECT i.report_id FROM report_identifier i"
                    + " WHERE md5(i.value) = ANY (ARRAY(SELECT md5(v) FROM unnest(?::text[]) v))"
                    + " AND i.value = ANY (?::text[]))");
            params.add(values);
            params.add(values);
        }
        if (after.isPresent()) {
            where.append(" AND (r.received_at, r.id) < (?, ?)");
            params.add(Timestamp.from(after.get().receivedAt()));
            params.add(after.get().id().value());
        }
        params.add(size + 1);
        List<ReportSummary> rows = jdbc.sql("""
                        SELECT r.id, r.receipt, r.source, o.name, r.external_id, r.received_at, r.incident_type, r.status,
                               r.person_count, r.file_count, r.category, r.urgent, r.district_code
                        FROM report r LEFT JOIN reporting_organisation o ON o.id = r.organisation_id"""
                        + where + " ORDER BY r.received_at DESC, r.id DESC LIMIT ?")
                .params(params)
                .query(Reports::summary)
                .list();
        if (rows.size() <= size) {
            return new ReportPage(rows, Optional.empty());
        }
        List<ReportSummary> shown = rows.subList(0, size);
        ReportSummary last = shown.getLast();
        return new ReportPage(List.copyOf(shown), Optional.of(new ReportPage.Cursor(last.receivedAt(), last.id())));
    }

    public Optional<StoredReport> byId(ReportId id) {
        return jdbc.sql("""
                        SELECT r.id, r.receipt, r.source, r.organisation_id, o.name, r.external_id, r.received_at, r.status,
                               r.normalised, r.contact, r.raw
                        FROM report r LEFT JOIN reporting_organisation o ON o.id = r.organisation_id
                        WHERE r.id = ?""")
                .param(id.value())
                .query((rs, n) -> new StoredReport(id, new ReceiptCode(rs.getString(2)), ReportSource.valueOf(rs.getString(3)),
                        rs.getObject(4, UUID.class), rs.getString(5), rs.getString(6), rs.getTimestamp(7).toInstant(),
                        ReportStatus.valueOf(rs.getString(8)), json.read(open(rs, 9, id.value(), SealedFields.NORMALISED)),
                        contact(open(rs, 10, id.value(), SealedFields.CONTACT)), open(rs, 11, id.value(), SealedFields.RAW),
                        additions(id)))
                .optional();
    }

    public Optional<PublicStatus> statusOf(ReceiptCode receipt) {
        return jdbc.sql("SELECT status, received_at FROM report WHERE receipt = ?")
                .param(receipt.value())
                .query((rs, n) -> new PublicStatus(receipt, ReportStatus.valueOf(rs.getString(1)),
                        rs.getTimestamp(2).toInstant()))
                .optional();
    }

    /** The report with this receipt, locked until the transaction ends (additions are numbered under it). */
    Optional<ReportId> lockByReceipt(ReceiptCode receipt) {
        return jdbc.sql("SELECT id FROM report WHERE receipt = ? FOR UPDATE")
                .param(receipt.value()).query(UUID.class).optional().map(ReportId::new);
    }

    /** The receipt of an organisation's report, when it has one with that receipt. */
    public Optional<StoredReceipt> receiptOf(UUID organisation, ReceiptCode receipt) {
        return jdbc.sql("SELECT id, external_id, status, received_at FROM report WHERE receipt = ? AND organisation_id = ?")
                .params(receipt.value(), organisation)
                .query((rs, n) -> new StoredReceipt(new ReportId(rs.getObject(1, UUID.class)), receipt, rs.getString(2),
                        ReportStatus.valueOf(rs.getString(3)), rs.getTimestamp(4).toInstant()))
                .optional();
    }

    boolean changeStatus(ReportId id, ReportStatus status) {
        return jdbc.sql("UPDATE report SET status = ? WHERE id = ?").params(status.name(), id.value()).update() == 1;
    }

    private List<StoredReport.Addition> additions(ReportId id) {
        return jdbc.sql("""
                        SELECT id, added_at, normalised, contact FROM report_addition
                        WHERE report_id = ? ORDER BY added_at""")
                .param(id.value())
                .query((rs, n) -> {
                    UUID addition = rs.getObject(1, UUID.class);
                    return new StoredReport.Addition(addition, rs.getTimestamp(2).toInstant(),
                            json.read(open(rs, 3, addition, SealedFields.NORMALISED)),
                            contact(open(rs, 4, addition, SealedFields.CONTACT)));
                })
                .list();
    }

    private String open(ResultSet rs, int column, UUID owner, String field) throws SQLException {
        return personalData.open(rs.getBytes(column), owner, field);
    }

    private ReporterContact contact(String stored) {
        return stored == null ? null : json.mapper().readValue(stored, ReporterContact.class);
    }

    private static ReportSummary summary(ResultSet rs, int n) throws SQLException {
        String type = rs.getString(7);
        return new ReportSummary(new ReportId(rs.getObject(1, UUID.class)), new ReceiptCode(rs.getString(2)),
                ReportSource.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5), rs.getTimestamp(6).toInstant(),
                type == null ? null : IncidentType.valueOf(type), ReportStatus.valueOf(rs.getString(8)), rs.getInt(9),
                rs.getInt(10), rs.getString(11) == null ? null : ReportAnnotation.valueOf(rs.getString(11)),
                rs.getBoolean(12), rs.getString(13));
    }
}
