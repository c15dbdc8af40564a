package pk.hifazat.safeguarding.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.geography.District;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.geography.Districts;
import pk.hifazat.identity.Access;
import pk.hifazat.safeguarding.ChildReportedMissing;
import pk.hifazat.safeguarding.MissingChildAlertSent;
import pk.hifazat.safeguarding.MissingChildRecordClosed;
import pk.hifazat.units.Jurisdiction;

/**
 * Children reported missing or abducted: a record at once (age, place, time last seen), on the
 * supervisors' home pages of the district; one click sends the alert to every unit of the province,
 * which see it until the record is closed.
 */
@Service
class MissingChildren {

    private final MissingRecords records;
    private final Pseudonyms pseudonyms;
    private final Districts districts;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MissingChildren(MissingRecords records, Pseudonyms pseudonyms, Districts districts, Access access, AuditLog audit,
                    ApplicationEventPublisher events, Clock clock) {
        this.records = records;
        this.pseudonyms = pseudonyms;
        this.districts = districts;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.clock = clock;
    }

    /** What a form or the API sends to report a missing child. */
    record Report(String kind, Integer age, String gender, String district, String place, String lastSeenAt, String name) {
    }

    @Transactional
    MissingRecord report(Report report) {
        MissingRecord.Kind kind = Fields.choice(MissingRecord.Kind.class, report.kind(), "kind");
        if (report.age() != null && (report.age() < 0 || report.age() > 17)) {
            throw SafeguardingInputException.input("age", "safeguarding.input.childAge");
        }
        String gender = report.gender() == null || report.gender().isBlank() ? null
                : Fields.choice(Gender.class, report.gender(), "gender").name();
        District district = districts.byCode(DistrictCode.of(Fields.text(report.district(), "district", 10, true)))
                .orElseThrow(() -> SafeguardingInputException.input("district", "safeguarding.input.unknown", report.district()));
        String place = Fields.text(report.place(), "place", 200, true);
        Instant now = clock.instant();
        Instant lastSeen = Fields.moment(report.lastSeenAt(), "lastSeenAt");
        if (lastSeen.isAfter(now)) {
            throw SafeguardingInputException.input("lastSeenAt", "safeguarding.input.future");
        }
        String name = Fields.text(report.name(), "name", 200, false);
        MissingRecord record = new MissingRecord(UUID.randomUUID(), pseudonyms.next(district.name().english()), kind,
                report.age(), gender, district.code(), district.provinceCode(), place, lastSeen, now, null, null, null);
        access.checkDistrict(district.code(), AuditRecord.of(SafeguardingAction.REPORT_MISSING_CHILD, "Child", record.pseudonym())
                .withDetail(kind.name()));
        records.insert(record, name, access.require().id().value());
        events.publishEvent(new ChildReportedMissing(record.id(), record.pseudonym(), kind == MissingRecord.Kind.ABDUCTED,
                record.age(), gender, district.code(), lastSeen));
        return record;
    }

    @Transactional
    MissingRecord alert(UUID id) {
        MissingRecord record = locked(id, SafeguardingAction.SEND_MISSING_CHILD_ALERT, "province %s");
        if (!record.open() || record.alerted()) {
            throw SafeguardingInputException.refused("safeguarding.refused.alert", record.shown());
        }
        Instant now = clock.instant();
        records.alerted(id, now, access.require().id().value());
        events.publishEvent(new MissingChildAlertSent(id, record.pseudonym(), record.provinceCode(), now));
        return records.lock(id).orElseThrow();
    }

    @Transactional
    MissingRecord close(UUID id, String reasonText, boolean found) {
        String reason = Fields.text(reasonText, "reason", 500, true);
        MissingRecord record = locked(id, SafeguardingAction.CLOSE_MISSING_CHILD, found ? "found" : "closed");
        if (!record.open()) {
            throw SafeguardingInputException.refused("safeguarding.refused.closed");
        }
        Instant now = clock.instant();
        records.closed(id, now, reason);
        events.publishEvent(new MissingChildRecordClosed(id, record.pseudonym(), found, now));
        return records.lock(id).orElseThrow();
    }

    /** Open records of the user's districts, and the alerts of their provinces; the view audited. */
    @Transactional
    List<MissingRecord> visible() {
        audit.record(AuditRecord.of(CommonAction.VIEW, "MissingChildren", "open").by(access.require().username()));
        return openFor(access.visibleDistricts());
    }

    List<MissingRecord> openFor(Jurisdiction jurisdiction) {
        return records.open(jurisdiction.national(), jurisdiction.districts(), provinces(jurisdiction));
    }

    private Set<String> provinces(Jurisdiction jurisdiction) {
        return jurisdiction.districts().stream().map(districts::byCode).flatMap(java.util.Optional::stream)
                .map(District::provinceCode).collect(Collectors.toSet());
    }

    private MissingRecord locked(UUID id, SafeguardingAction action, String detail) {
        MissingRecord record = records.lock(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.checkDistrict(record.district(), AuditRecord.of(action, "Child", record.pseudonym())
                .withDetail(detail.formatted(record.provinceCode())));
        return record;
    }

    enum Gender {
        FEMALE, MALE, OTHER
    }
}
