package pk.hifazat.triage.internal;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;

import org.springframework.stereotype.Component;

import pk.hifazat.geography.District;
import pk.hifazat.units.Unit;

/** The staff API's JSON: what the triage pages show, in both languages where the pages have words. */
@Component
class TriageAnswers {

    private final ReasonTexts reasons;

    TriageAnswers(ReasonTexts reasons) {
        this.reasons = reasons;
    }

    record Place(String code, String en, String ur) {
    }

    record ReportAnswer(UUID id, String receipt, String source, Instant receivedAt, Place district, String districtRule,
                        String districtDetail, String abroadCountry, String priority, List<ReasonTexts.Reason> reasons,
                        UUID duplicateOf, List<SharedAnswer> shared, ClusterAnswer cluster) {
    }

    record SharedAnswer(String kind, String value, String platform, String strength, int otherReports,
                        List<Place> districts, List<LinkedAnswer> visibleReports) {
    }

    record LinkedAnswer(UUID id, String receipt, String source, Instant receivedAt, Place district, String districtRule,
                        String priority, UUID duplicateOf) {
    }

    record MaterialAnswer(UUID report, int file, String bank, String algorithm, int distance, String category,
                          String series, boolean victimIdentified) {
    }

    record ClusterAnswer(UUID id, Place district, String districtRule, int districtReports, Place unit, String unitCode,
                         String priority, String computedPriority, boolean priorityOverridden, String overrideReason,
                         List<ReasonTexts.Reason> reasons, Integer youngestAge, String status, String claimedBy,
                         Instant claimedAt, Instant escalatedAt, String outcome, String abroadCountry,
                         boolean cooperationNeeded, int reportCount, int districtCount, Instant firstReceivedAt,
                         List<LinkedAnswer> reports, List<MaterialAnswer> material, boolean unknownMaterial) {
    }

    record QueueItemAnswer(UUID id, Place district, String districtRule, String priority, List<ReasonTexts.Reason> reasons,
                           String status, String claimedBy, int reportCount, boolean fromPublic, boolean fromIndustry,
                           Instant firstReceivedAt, Instant escalatedAt) {
    }

    record QueueAnswer(Place unit, String unitCode, Map<String, Long> openByPriority, List<QueueItemAnswer> items,
                       String next) {
    }

    ReportAnswer report(ReportTriage triage) {
        ReportRow row = triage.row();
        return new ReportAnswer(row.report(), triage.receipt(), row.source().name(), row.receivedAt(), place(triage.district()),
                triage.districtRule().name(), row.districtDetail(), row.abroadCountry(), row.priority().name(),
                reasons.both(row.reasons(), row.youngestAge()), row.duplicateOf(),
                triage.shared().stream().map(s -> new SharedAnswer(s.kind(), s.value(), s.platform(), s.strength().name(),
                        s.otherCount(), s.districts().stream().map(TriageAnswers::place).toList(),
                        s.visible().stream().map(TriageAnswers::linked).toList())).toList(),
                cluster(triage.cluster()));
    }

    ClusterAnswer cluster(ClusterView view) {
        QueueItem item = view.item();
        return new ClusterAnswer(item.cluster(), place(view.district()), item.districtRule().name(), item.districtReports(),
                place(view.unit()), view.unit().code(), item.priority().name(), item.computedPriority().name(),
                item.overridden(), item.overrideReason(), reasons.both(item.reasons(), item.youngestAge()), item.youngestAge(),
                item.status().name(), item.claimedBy(), item.claimedAt(), item.escalatedAt(), item.outcome(),
                item.abroadCountry(), item.abroadCountry() != null, item.reportCount(), item.districtCount(),
                item.firstReceivedAt(), view.reports().stream().map(TriageAnswers::linked).toList(),
                view.material().stream().map(m -> new MaterialAnswer(m.report(), m.file(), m.bank(), m.algorithm(),
                        m.distance(), m.category(), m.series(), m.victimIdentified())).toList(),
                view.unknownMaterial());
    }

    QueueAnswer queue(QueuePage page, Function<String, District> districts) {
        Map<String, Long> counts = new LinkedHashMap<>();
        page.counts().forEach((p, n) -> counts.put(p.name(), n));
        return new QueueAnswer(place(page.unit()), page.unit().code(), counts,
                page.items().stream().map(i -> new QueueItemAnswer(i.cluster(), place(districts.apply(i.district())),
                        i.districtRule().name(), i.priority().name(), reasons.both(i.reasons(), i.youngestAge()),
                        i.status().name(), i.claimedBy(), i.reportCount(), i.hasPublic(), i.hasIndustry(),
                        i.firstReceivedAt(), i.escalatedAt())).toList(),
                page.next().map(QueueCursor::toString).orElse(null));
    }

    private static LinkedAnswer linked(ClusterView.LinkedRow r) {
        return new LinkedAnswer(r.row().report(), r.receipt(), r.row().source().name(), r.row().receivedAt(),
                place(r.district()), r.districtRule().name(), r.row().priority().name(), r.row().duplicateOf());
    }

    private static Place place(District district) {
        return district == null ? null : new Place(district.code().value(), district.name().english(), district.name().urdu());
    }

    private static Place place(Unit unit) {
        return new Place(unit.code(), unit.name().english(), unit.name().urdu());
    }
}
