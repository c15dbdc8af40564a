package pk.hifazat.intake.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.locks.ReentrantLock;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.identifiers.FileHash;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.identifiers.IdentifierKind;
import pk.hifazat.identifiers.IdentifierNormaliser;
import pk.hifazat.identifiers.IdentifierRole;
import pk.hifazat.intake.AdditionId;
import pk.hifazat.intake.Classification;
import pk.hifazat.intake.IncomingReport;
import pk.hifazat.intake.OrganisationId;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReceivedReports;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportStatus;
import pk.hifazat.intake.ReportedFile;
import pk.hifazat.intake.ReportedIdentifier;
import pk.hifazat.privacy.PersonalData;

/**
 * Reads whole batches of reports in four queries (reports, identifiers, files, additions), each on
 * an index that starts with the report id, so that a listener handling a 1,000-report bulk batch
 * costs four round trips, not four thousand.
 *
 * <p>What was read is kept in {@link RecentReports}, so the next module to read the same batch gets
 * it without opening and parsing it again, as long as the report's row says nothing has changed.
 *
 * <p>Identifiers come back through {@link IdentifierNormaliser#stored}, so a reader only ever holds
 * normal ones; a stored value that today's rules would write differently (a platform newly known to
 * ignore case) is brought to today's form, and one they no longer accept is left out and counted in
 * the log by kind — never by value, which is personal data.
 */
@Repository
class IncomingReports implements ReceivedReports {

    private static final Logger log = LoggerFactory.getLogger(IncomingReports.class);

    /**
     * The reports naming one identifier, newest first. The identifier is found through the b-tree
     * {@code report_identifier_by_value} on the MD5 of its value (migration V17), which any length of
     * value fits and which stays compact when a value is named a million times; the value itself,
     * kind and platform are checked on the rows it finds.
     */
    static final String NAMING = """
            SELECT r.id FROM report r
            WHERE r.id IN (SELECT i.report_id FROM report_identifier i
                           WHERE md5(i.value) = md5(?) AND i.value = ? AND i.kind = ?
                             AND i.platform IS NOT DISTINCT FROM ?)
            ORDER BY r.received_at DESC, r.id DESC LIMIT ?""";

    private final JdbcClient jdbc;
    private final ReportJson json;
    private final PersonalData personalData;
    private final IdentifierNormaliser normaliser;
    private final RecentReports recent;
    private final ReentrantLock opening = new ReentrantLock();

    IncomingReports(JdbcClient jdbc, ReportJson json, PersonalData personalData, IdentifierNormaliser normaliser,
                    RecentReports recent) {
        this.jdbc = jdbc;
        this.json = json;
        this.personalData = personalData;
        this.normaliser = normaliser;
        this.recent = recent;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<IncomingReport> byId(ReportId id) {
        return byIds(List.of(id)).stream().findFirst();
    }

    @Override
    @Transactional(readOnly = true)
    public List<IncomingReport> byIds(Collection<ReportId> ids) {
        if (ids.size() > MAX_BATCH) {
            throw new IllegalArgumentException("At most " + MAX_BATCH + " reports at once, not " + ids.size());
        }
        if (ids.isEmpty()) {
            return List.of();
        }
        UUID[] keys = ids.stream().map(ReportId::value).distinct().toArray(UUID[]::new);
        Map<UUID, Row> rows = new LinkedHashMap<>();
        Map<UUID, String> versions = new HashMap<>();
        jdbc.sql("""
                        SELECT id, source, organisation_id, external_id, received_at, status, normalised, xmin::text,
                               (SELECT count(*) FROM report_addition a WHERE a.report_id = r.id)
                        FROM report r WHERE id = ANY (?)""")
                .param(keys)
                .query(rs -> {
                    UUID id = rs.getObject(1, UUID.class);
                    versions.put(id, RecentReports.version(rs.getString(8), rs.getLong(9)));
                    rows.put(id, new Row(rs, id));
                });
        Map<UUID, IncomingReport> read = recent.current(versions);
        rows.keySet().removeAll(read.keySet());
        if (!rows.isEmpty()) {
            // Three modules read a new batch the moment it is announced: one reads, the others wait and find it kept.
            opening.lock();
            try {
                read.putAll(recent.current(versions));
                rows.keySet().removeAll(read.keySet());
                if (!rows.isEmpty()) {
                    readRest(rows, versions, read);
                }
            } finally {
                opening.unlock();
            }
        }
        List<IncomingReport> reports = new ArrayList<>(read.size());
        for (ReportId id : ids) {
            IncomingReport report = read.get(id.value());
            if (report != null) {
                reports.add(report);
            }
        }
        return reports;
    }

    private void readRest(Map<UUID, Row> rows, Map<UUID, String> versions, Map<UUID, IncomingReport> read) {
        UUID[] unread = rows.keySet().toArray(UUID[]::new);
        readIdentifiers(unread, rows);
        readFiles(unread, rows);
        // Most reports have nothing added (a new one never): no question for those.
        UUID[] added = rows.values().stream().filter(r -> r.additionCount > 0).map(r -> r.id).toArray(UUID[]::new);
        if (added.length > 0) {
            readAdditions(added, rows);
        }
        rows.forEach((id, row) -> {
            IncomingReport report = row.report();
            read.put(id, report);
            recent.keep(id, versions.get(id), report, row.sealedBytes);
        });
    }

    @Override
    @Transactional(readOnly = true)
    public List<ReportId> naming(Identifier identifier, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("A limit of at least one report");
        }
        return jdbc.sql(NAMING)
                .params(identifier.value(), identifier.value(), identifier.kind().name(), identifier.platform(), limit)
                .query((rs, n) -> new ReportId(rs.getObject(1, UUID.class)))
                .list();
    }

    private void readIdentifiers(UUID[] keys, Map<UUID, Row> rows) {
        Map<IdentifierKind, Integer> unreadable = new HashMap<>();
        jdbc.sql("""
                        SELECT report_id, addition_id, kind, value, platform, role FROM report_identifier
                        WHERE report_id = ANY (?) ORDER BY report_id, position""")
                .param(keys)
                .query(rs -> {
                    IdentifierKind kind = IdentifierKind.valueOf(rs.getString(3));
                    Optional<Identifier> identifier = restored(kind, rs.getString(4), rs.getString(5));
                    if (identifier.isEmpty()) {
                        unreadable.merge(kind, 1, Integer::sum);
                        return;
                    }
                    rows.get(rs.getObject(1, UUID.class)).identifiers.add(new ReportedIdentifier(identifier.get(),
                            IdentifierRole.valueOf(rs.getString(6)), addition(rs, 2)));
                });
        if (!unreadable.isEmpty()) {
            log.warn("Stored identifiers that today's rules refuse were left out: {}", unreadable);
        }
    }

    private Optional<Identifier> restored(IdentifierKind kind, String value, String platform) {
        try {
            return Optional.of(normaliser.stored(kind, value, platform));
        } catch (IllegalArgumentException notNormal) {
            return normaliser.normalise(kind, value, platform);
        }
    }

    private void readFiles(UUID[] keys, Map<UUID, Row> rows) {
        jdbc.sql("""
                        SELECT report_id, addition_id, md5, sha1, sha256, pdq, viewed, publicly_available, classification,
                               pdq_quality, pdq_variants
                        FROM report_file WHERE report_id = ANY (?) ORDER BY report_id, position""")
                .param(keys)
                .query(rs -> {
                    List<FileHash> hashes = FileHashes.of(rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6));
                    String classification = rs.getString(9);
                    rows.get(rs.getObject(1, UUID.class)).files.add(new ReportedFile(hashes,
                            rs.getObject(7, Boolean.class), rs.getObject(8, Boolean.class),
                            classification == null ? null : Classification.valueOf(classification), addition(rs, 2),
                            rs.getObject(10, Integer.class), PdqVariants.hashes(rs.getString(11))));
                });
    }

    private void readAdditions(UUID[] keys, Map<UUID, Row> rows) {
        jdbc.sql("""
                        SELECT id, report_id, added_at, normalised FROM report_addition
                        WHERE report_id = ANY (?) ORDER BY report_id, added_at""")
                .param(keys)
                .query(rs -> {
                    UUID addition = rs.getObject(1, UUID.class);
                    Row row = rows.get(rs.getObject(2, UUID.class));
                    byte[] sealed = rs.getBytes(4);
                    row.sealedBytes += sealed.length;
                    row.additions.add(new IncomingReport.Addition(new AdditionId(addition), rs.getTimestamp(3).toInstant(),
                            json.read(personalData.open(sealed, addition, SealedFields.NORMALISED))));
                });
    }

    private static AdditionId addition(ResultSet rs, int column) throws SQLException {
        UUID addition = rs.getObject(column, UUID.class);
        return addition == null ? null : new AdditionId(addition);
    }

    /** One report while its identifiers, files and additions are gathered. */
    private final class Row {

        final UUID id;
        final ReportSource source;
        final UUID organisation;
        final String externalId;
        final Instant receivedAt;
        final ReportStatus status;
        final byte[] normalised;
        final List<ReportedIdentifier> identifiers = new ArrayList<>();
        final List<ReportedFile> files = new ArrayList<>();
        final List<IncomingReport.Addition> additions = new ArrayList<>();
        final long additionCount;
        int sealedBytes;

        Row(ResultSet rs, UUID id) throws SQLException {
            this.id = id;
            this.source = ReportSource.valueOf(rs.getString(2));
            this.organisation = rs.getObject(3, UUID.class);
            this.externalId = rs.getString(4);
            this.receivedAt = rs.getTimestamp(5).toInstant();
            this.status = ReportStatus.valueOf(rs.getString(6));
            this.normalised = rs.getBytes(7);
            this.additionCount = rs.getLong(9);
            this.sealedBytes = normalised.length;
        }

        IncomingReport report() {
            return new IncomingReport(new ReportId(id), source, OrganisationId.ofNullable(organisation), externalId,
                    receivedAt, status, json.read(personalData.open(normalised, id, SealedFields.NORMALISED)),
                    identifiers, files, additions);
        }
    }

    @Override
    @Transactional(readOnly = true)
    public Map<ReportId, ReceiptCode> receipts(Collection<ReportId> ids) {
        if (ids.size() > MAX_BATCH) {
            throw new IllegalArgumentException("At most " + MAX_BATCH + " reports at once, not " + ids.size());
        }
        Map<ReportId, ReceiptCode> receipts = new HashMap<>();
        if (ids.isEmpty()) {
            return receipts;
        }
        jdbc.sql("SELECT id, receipt FROM report WHERE id = ANY(?)")
                .param(ids.stream().map(ReportId::value).toArray(UUID[]::new))
                .query((rs, n) -> receipts.put(new ReportId(rs.getObject(1, UUID.class)), new ReceiptCode(rs.getString(2))))
                .list();
        return receipts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ReportId> withReceipt(ReceiptCode code) {
        return jdbc.sql("SELECT id FROM report WHERE receipt = ?").param(code.value())
                .query(UUID.class).optional().map(ReportId::new);
    }
}
