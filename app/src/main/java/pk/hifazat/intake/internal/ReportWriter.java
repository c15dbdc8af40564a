package pk.hifazat.intake.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.database.Precedence;
import pk.hifazat.identifiers.Identifier;
import pk.hifazat.intake.MediaFile;
import pk.hifazat.intake.Receipt;
import pk.hifazat.intake.ReceiptCode;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.OrganisationId;
import pk.hifazat.intake.ReportArrival;
import pk.hifazat.intake.ReportsReceived;

/**
 * Stores reports, one or a thousand, in the caller's transaction, in one round trip whatever
 * their count: a single statement inserts the reports from arrays ({@code unnest}) and, in the
 * same statement, the identifiers and files of exactly those reports that were newly stored.
 *
 * <p>Invariant: an organisation's external id makes at most one report. The insert skips any row
 * that would break a unique index ({@code ON CONFLICT DO NOTHING}); a skipped row whose external
 * id exists answers with the existing report's receipt (also when the same id came twice in one
 * batch), and one skipped because its random receipt code was taken (rare, but certain over
 * millions) is tried again with a new code. Only newly stored reports get identifiers and files,
 * and they are announced together in one {@link ReportsReceived} event per call.
 */
@Component
public class ReportWriter {

    private static final int RECEIPT_ATTEMPTS = 5;

    private static final String INSERT = """
            WITH stored AS (
                INSERT INTO report (id, receipt, source, organisation_id, api_key_id, external_id, received_at,
                                    incident_type, incident_at, raw, normalised, contact, person_count, file_count,
                                    category, urgent, district_code)
                SELECT r.id::uuid, r.receipt, r.source, r.organisation::uuid, r.api_key::uuid, r.external,
                       r.received_at::timestamptz, r.type, r.incident_at::timestamptz, r.raw, r.normalised, r.contact,
                       r.persons, r.files, r.category, r.urgent, r.district
                FROM unnest(?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::bytea[], ?::bytea[], ?::bytea[], ?::int[], ?::int[], ?::text[], ?::boolean[], ?::text[])
                     AS r(id, receipt, source, organisation, api_key, external, received_at, type, incident_at, raw,
                          normalised, contact, persons, files, category, urgent, district)
                ON CONFLICT DO NOTHING
                RETURNING id, xmin
            ), identifiers AS (
                INSERT INTO report_identifier (report_id, position, kind, value, platform, role)
                SELECT i.report::uuid, i.position, i.kind, i.value, i.platform, i.role
                FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[])
                     AS i(report, position, kind, value, platform, role)
                WHERE i.report::uuid IN (SELECT id FROM stored)
            ), files AS (
                INSERT INTO report_file (report_id, position, md5, sha1, sha256, pdq, viewed, publicly_available,
                                         classification, pdq_quality, pdq_variants)
                SELECT f.report::uuid, f.position, f.md5, f.sha1, f.sha256, f.pdq, f.viewed::boolean,
                       f.open::boolean, f.classification, f.quality, f.variants
                FROM unnest(?::text[], ?::int[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[], ?::text[],
                            ?::text[], ?::int2[], ?::text[])
                     AS f(report, position, md5, sha1, sha256, pdq, viewed, open, classification, quality, variants)
                WHERE f.report::uuid IN (SELECT id FROM stored)
            )
            SELECT id, xmin::text FROM stored""";

    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;
    private final Reception reception;
    private final ReceivedReportCounts counts;
    private final RecentReports recent;
    private final Precedence precedence;

    ReportWriter(JdbcClient jdbc, ApplicationEventPublisher events, Reception reception, ReceivedReportCounts counts,
                 RecentReports recent, Precedence precedence) {
        this.precedence = precedence;
        this.counts = counts;
        this.recent = recent;
        this.jdbc = jdbc;
        this.events = events;
        this.reception = reception;
    }

    /** Stores the reports not yet stored; returns a receipt for each, in the same order. */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<Receipt> write(List<PendingReport> reports) {
        try (var urgent = precedence.urgent()) {
            return store(reports);
        }
    }

    private List<Receipt> store(List<PendingReport> reports) {
        Receipt[] receipts = new Receipt[reports.size()];
        List<PendingReport> stored = new ArrayList<>(reports.size());
        List<PendingReport> attempt = new ArrayList<>(reports);
        List<Integer> waiting = new ArrayList<>(reports.size());
        for (int i = 0; i < reports.size(); i++) {
            waiting.add(i);
        }
        for (int round = 0; !waiting.isEmpty(); round++) {
            if (round == RECEIPT_ATTEMPTS) {
                throw new IllegalStateException("Could not find a free receipt code in " + RECEIPT_ATTEMPTS + " attempts");
            }
            List<PendingReport> candidates = waiting.stream().map(attempt::get).toList();
            Map<UUID, String> versions = insert(candidates);
            Set<UUID> inserted = versions.keySet();
            Map<String, Receipt> existing = existingReceipts(candidates, inserted);
            List<Integer> retry = new ArrayList<>();
            for (int i : waiting) {
                PendingReport report = attempt.get(i);
                if (inserted.contains(report.id().value())) {
                    receipts[i] = new Receipt(report.id(), report.receipt(), report.receivedAt(), false);
                    stored.add(report);
                    recent.keep(report.id().value(), RecentReports.version(versions.get(report.id().value()), 0),
                            report.asStored(), report.sealed().normalised().length);
                } else if (report.externalId() != null && existing.containsKey(key(report))) {
                    receipts[i] = existing.get(key(report));
                } else {
                    attempt.set(i, report.withReceipt(reception.newReceipt()));
                    retry.add(i);
                }
            }
            waiting = retry;
        }
        if (!stored.isEmpty()) {
            events.publishEvent(new ReportsReceived(stored.stream().map(r -> new ReportArrival(r.id(), r.source(),
                    OrganisationId.ofNullable(r.organisation()), r.receivedAt())).toList()));
            counts.stored(stored.stream().map(PendingReport::source).toList());
        }
        return List.of(receipts);
    }

    /** Inserts what it can; the stored reports' ids with each row's version (its xmin). */
    private Map<UUID, String> insert(List<PendingReport> reports) {
        int n = reports.size();
        String[] id = new String[n], receipt = new String[n], source = new String[n], organisation = new String[n],
                apiKey = new String[n], external = new String[n], receivedAt = new String[n], type = new String[n],
                incidentAt = new String[n], category = new String[n], district = new String[n];
        boolean[] urgent = new boolean[n];
        byte[][] raw = new byte[n][], normalised = new byte[n][], contact = new byte[n][];
        int[] persons = new int[n], files = new int[n];
        for (int i = 0; i < n; i++) {
            PendingReport r = reports.get(i);
            id[i] = r.id().toString();
            receipt[i] = r.receipt().value();
            source[i] = r.source().name();
            organisation[i] = r.organisation() == null ? null : r.organisation().toString();
            apiKey[i] = r.apiKey() == null ? null : r.apiKey().toString();
            external[i] = r.externalId();
            receivedAt[i] = r.receivedAt().toString();
            type[i] = r.incidentType() == null ? null : r.incidentType().name();
            incidentAt[i] = r.incidentAt() == null ? null : r.incidentAt().toString();
            raw[i] = r.sealed().raw();
            normalised[i] = r.sealed().normalised();
            contact[i] = r.sealed().contact();
            persons[i] = r.personCount();
            files[i] = r.files().size();
            category[i] = r.marks().category() == null ? null : r.marks().category().name();
            urgent[i] = r.marks().urgent();
            district[i] = r.marks().districtCode();
        }
        IdentifierRows identifiers = new IdentifierRows(reports);
        FileRows fileRows = new FileRows(reports);
        List<Map.Entry<UUID, String>> ids = jdbc.sql(INSERT)
                .params(id, receipt, source, organisation, apiKey, external, receivedAt, type, incidentAt, raw, normalised,
                        contact, persons, files, category, urgent, district,
                        identifiers.report, identifiers.position, identifiers.kind, identifiers.value,
                        identifiers.platform, identifiers.role,
                        fileRows.report, fileRows.position, fileRows.md5, fileRows.sha1, fileRows.sha256, fileRows.pdq,
                        fileRows.viewed, fileRows.open, fileRows.classification, fileRows.quality, fileRows.variants)
                .query((rs, row) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2))).list();
        return ids.stream().collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    }

    private Map<String, Receipt> existingReceipts(List<PendingReport> reports, Set<UUID> inserted) {
        Map<UUID, List<String>> externalIds = new HashMap<>();
        for (PendingReport report : reports) {
            if (!inserted.contains(report.id().value()) && report.externalId() != null) {
                externalIds.computeIfAbsent(report.organisation(), o -> new ArrayList<>()).add(report.externalId());
            }
        }
        Map<String, Receipt> receipts = new HashMap<>();
        externalIds.forEach((organisation, ids) -> jdbc.sql("""
                        SELECT id, receipt, received_at, external_id FROM report
                        WHERE organisation_id = ? AND external_id = ANY (?::text[])""")
                .params(organisation, ids.toArray(String[]::new))
                .query(rs -> {
                    receipts.put(organisation + "/" + rs.getString(4), new Receipt(new ReportId(rs.getObject(1, UUID.class)),
                            new ReceiptCode(rs.getString(2)), rs.getTimestamp(3).toInstant(), true));
                }));
        return receipts;
    }

    private static String key(PendingReport report) {
        return report.organisation() + "/" + report.externalId();
    }

    /** The identifiers of a batch as columns, numbered within their report. */
    private static final class IdentifierRows {

        final String[] report, kind, value, platform, role;
        final int[] position;

        IdentifierRows(List<PendingReport> reports) {
            int n = reports.stream().mapToInt(r -> r.identifiers().size()).sum();
            report = new String[n];
            kind = new String[n];
            value = new String[n];
            platform = new String[n];
            role = new String[n];
            position = new int[n];
            int row = 0;
            for (PendingReport r : reports) {
                String id = r.id().toString();
                for (int p = 0; p < r.identifiers().size(); p++, row++) {
                    ReportIdentifier named = r.identifiers().get(p);
                    Identifier identifier = named.identifier();
                    report[row] = id;
                    position[row] = p;
                    kind[row] = identifier.kind().name();
                    value[row] = identifier.value();
                    platform[row] = identifier.platform();
                    role[row] = named.role().name();
                }
            }
        }
    }

    /** The files of a batch as columns, numbered within their report. */
    private static final class FileRows {

        final String[] report, md5, sha1, sha256, pdq, viewed, open, classification, variants;
        final Short[] quality;
        final int[] position;

        FileRows(List<PendingReport> reports) {
            int n = reports.stream().mapToInt(r -> r.files().size()).sum();
            report = new String[n];
            md5 = new String[n];
            sha1 = new String[n];
            sha256 = new String[n];
            pdq = new String[n];
            viewed = new String[n];
            open = new String[n];
            classification = new String[n];
            quality = new Short[n];
            variants = new String[n];
            position = new int[n];
            int row = 0;
            for (PendingReport r : reports) {
                String id = r.id().toString();
                for (int p = 0; p < r.files().size(); p++, row++) {
                    MediaFile file = r.files().get(p);
                    report[row] = id;
                    position[row] = p;
                    md5[row] = file.md5();
                    sha1[row] = file.sha1();
                    sha256[row] = file.sha256();
                    pdq[row] = file.pdq();
                    viewed[row] = file.viewedByPlatform() == null ? null : file.viewedByPlatform().toString();
                    open[row] = file.publiclyAvailable() == null ? null : file.publiclyAvailable().toString();
                    classification[row] = file.classification() == null ? null : file.classification().name();
                    quality[row] = file.pdqQuality() == null ? null : file.pdqQuality().shortValue();
                    variants[row] = PdqVariants.column(file.pdqVariants());
                }
            }
        }
    }
}
