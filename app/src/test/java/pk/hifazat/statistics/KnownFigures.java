package pk.hifazat.statistics;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import pk.hifazat.cases.AbuserRelationship;
import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.cases.CaseEventRecorded;
import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNumber;
import pk.hifazat.cases.CaseOpened;
import pk.hifazat.cases.CaseOutcome;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.cases.CaseStatusChanged;
import pk.hifazat.cases.ChildRescued;
import pk.hifazat.cases.IncidentPlace;
import pk.hifazat.cases.PersonId;
import pk.hifazat.cases.PersonJoinedCase;
import pk.hifazat.cases.ReportsAttachedToCase;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.intake.ReportArrival;
import pk.hifazat.intake.ReportId;
import pk.hifazat.intake.ReportSource;
import pk.hifazat.intake.ReportsReceived;
import pk.hifazat.safeguarding.ChildId;
import pk.hifazat.safeguarding.ChildOnPathway;
import pk.hifazat.safeguarding.ChildSafeguarded;
import pk.hifazat.triage.Priority;
import pk.hifazat.triage.ReportsTriaged;
import pk.hifazat.triage.TriagedReport;

/**
 * A known data set, announced through the same events intake, triage and cases publish, at noon in
 * Pakistan on days of a year nothing else in the test database uses.
 */
public final class KnownFigures {

    public static final DistrictCode LAHORE = new DistrictCode("PK617");
    public static final DistrictCode MUZAFFARGARH = new DistrictCode("PK623");
    public static final DistrictCode QUETTA = new DistrictCode("PK226");

    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final int year;
    private int sequence;

    public KnownFigures(ApplicationEventPublisher events, PlatformTransactionManager transactions, int year) {
        this.events = events;
        this.transactions = new TransactionTemplate(transactions);
        this.year = year;
    }

    public Instant noon(int month, int day) {
        return LocalDateTime.of(year, month, day, 12, 0).atZone(ZoneId.of("Asia/Karachi")).toInstant();
    }

    public LocalDate day(int month, int day) {
        return LocalDate.of(year, month, day);
    }

    /** A report that arrived then, routed to a district (null: none found) with a priority. */
    public ReportId report(int month, int day, ReportSource source, DistrictCode district, Priority priority) {
        ReportId id = new ReportId(UUID.randomUUID());
        publish(new ReportsReceived(List.of(new ReportArrival(id, source, null, noon(month, day)))));
        publish(new ReportsTriaged(List.of(new TriagedReport(id, district, priority))));
        return id;
    }

    /**
     * Reports that arrived together, announced in one batch each by intake and by triage, the first
     * of them twice in each batch (as a batch repeating an arrival would).
     */
    public List<ReportId> reportsAtOnce(int month, int day, ReportSource source, DistrictCode district, Priority priority,
                                        int count) {
        List<ReportId> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(new ReportId(UUID.randomUUID()));
        }
        List<ReportId> announced = new ArrayList<>(ids);
        announced.add(ids.getFirst());
        publish(new ReportsReceived(announced.stream().map(id -> new ReportArrival(id, source, null, noon(month, day))).toList()));
        publish(new ReportsTriaged(announced.stream().map(id -> new TriagedReport(id, district, priority)).toList()));
        return ids;
    }

    /** A case opened at noon that day, with these reports attached. */
    public CaseId openCase(int month, int day, DistrictCode district, List<ReportId> reports) {
        CaseId id = new CaseId(UUID.randomUUID());
        CaseNumber number = CaseNumber.of("NCCIA", "TST", year, ++sequence);
        publish(new CaseOpened(id, number, null, district, null, noon(month, day)));
        if (!reports.isEmpty()) {
            publish(new ReportsAttachedToCase(id, number, reports, null, noon(month, day)));
        }
        return id;
    }

    public PersonId joins(CaseId caseId, CaseRole role, DistrictCode district, int month, int day, Integer age, String gender) {
        PersonId person = new PersonId(UUID.randomUUID());
        publish(new PersonJoinedCase(caseId, number(), null, district, person, role, age, gender, noon(month, day)));
        return person;
    }

    /** A child with the abuser's relationship to them and the place of the incident recorded. */
    public PersonId victim(CaseId caseId, DistrictCode district, int month, int day, Integer age, String gender,
                           AbuserRelationship relationship, IncidentPlace place) {
        PersonId person = new PersonId(UUID.randomUUID());
        publish(new PersonJoinedCase(caseId, number(), null, district, person, CaseRole.VICTIM, age, gender, noon(month, day),
                relationship, place));
        return person;
    }

    /** Safeguarding's step for a child of the case, as its pathway announces it. */
    public void safeguarded(CaseId caseId, PersonId child, DistrictCode district, int month, int day) {
        publish(new ChildSafeguarded(new ChildOnPathway(new ChildId(UUID.randomUUID()), "Child T-01", caseId, child, district,
                null, null), day(month, day)));
    }

    public void happened(CaseId caseId, CaseEventKind kind, int month, int day, PersonId... persons) {
        publish(new CaseEventRecorded(caseId, number(), kind, day(month, day), null, List.of(persons)));
    }

    public void rescued(CaseId caseId, PersonId child, int month, int day) {
        publish(new ChildRescued(caseId, number(), child, day(month, day), LAHORE));
    }

    public void closed(CaseId caseId, CaseOutcome outcome, int month, int day) {
        publish(new CaseStatusChanged(caseId, number(), CaseStatus.PROSECUTION, CaseStatus.CLOSED, outcome, noon(month, day)));
    }

    private CaseNumber number() {
        return CaseNumber.of("NCCIA", "TST", year, 9999);
    }

    private void publish(Object event) {
        transactions.executeWithoutResult(status -> events.publishEvent(event));
    }
}
