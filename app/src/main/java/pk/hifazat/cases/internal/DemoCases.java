package pk.hifazat.cases.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.cases.AbuserRelationship;
import pk.hifazat.cases.CaseEventKind;
import pk.hifazat.cases.CaseId;
import pk.hifazat.cases.CaseNeedsInternationalCooperation;
import pk.hifazat.cases.CaseOutcome;
import pk.hifazat.cases.CaseRole;
import pk.hifazat.cases.CaseStatus;
import pk.hifazat.cases.ChildRescued;
import pk.hifazat.cases.IncidentPlace;
import pk.hifazat.cases.PersonJoinedCase;
import pk.hifazat.cases.PersonId;
import pk.hifazat.demo.DemoDataRequested;
import pk.hifazat.geography.DistrictCode;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.StaffMember;
import pk.hifazat.identity.UserId;
import pk.hifazat.units.Unit;
import pk.hifazat.units.Units;

/**
 * The seed's story as a fictional case in Muzaffargarh (a network led by a foreign national, a raid,
 * two arrests, ten children rescued of fifty identified, a case against parents who are guardians of
 * a rescued child), among a few dozen ordinary fictional cases. Written straight to the tables, as
 * set-up rather than an officer's work, and audited as the system's; persons joining, children
 * rescued and files seized are announced as an officer's work would announce them, for safeguarding
 * and known material. Added once.
 */
@Component
class DemoCases {

    static final String STORY = "Network luring children with games and gifts (demo, fictional)";
    private static final DistrictCode MUZAFFARGARH = new DistrictCode("PK623");
    private static final List<String> ORDINARY_DISTRICTS = List.of("PK623", "PK617", "PK622", "PK608", "PK630", "PK603",
            "PK528", "PK706", "PK226", "PK401");
    private static final List<String> ORDINARY_TITLES = List.of("Sextortion of a schoolgirl over a messaging app",
            "Grooming in an online game", "Abuse images shared in a chat group", "Blackmail with a recorded video call",
            "A missing child contacted online", "Obscene pictures sent to a child");

    private static final List<AbuserRelationship> ORDINARY_RELATIONSHIPS = List.of(AbuserRelationship.ACQUAINTANCE,
            AbuserRelationship.ONLINE_CONTACT, AbuserRelationship.RELATIVE, AbuserRelationship.NEIGHBOUR,
            AbuserRelationship.STRANGER, AbuserRelationship.TEACHER);
    private static final List<IncidentPlace> ORDINARY_PLACES = List.of(IncidentPlace.ONLINE, IncidentPlace.ONLINE,
            IncidentPlace.RELATIVE_HOME, IncidentPlace.STREET, IncidentPlace.FIELDS, IncidentPlace.SCHOOL);

    private final CaseFiles cases;
    private final CaseNumbers numbers;
    private final PersonRecords persons;
    private final Timeline timeline;
    private final EvidenceItems evidence;
    private final CaseTasks tasks;
    private final Units units;
    private final StaffDirectory staff;
    private final AuditLog audit;
    private final JdbcClient jdbc;
    private final CasesProperties properties;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    DemoCases(CaseFiles cases, CaseNumbers numbers, PersonRecords persons, Timeline timeline, EvidenceItems evidence,
              CaseTasks tasks, Units units, StaffDirectory staff, AuditLog audit, JdbcClient jdbc, CasesProperties properties,
              ApplicationEventPublisher events, Clock clock) {
        this.cases = cases;
        this.numbers = numbers;
        this.persons = persons;
        this.timeline = timeline;
        this.evidence = evidence;
        this.tasks = tasks;
        this.units = units;
        this.staff = staff;
        this.audit = audit;
        this.jdbc = jdbc;
        this.properties = properties;
        this.events = events;
        this.clock = clock;
    }

    @EventListener
    @Transactional
    void on(DemoDataRequested request) {
        if (jdbc.sql("SELECT EXISTS (SELECT FROM case_file WHERE title = ?)").param(STORY).query(Boolean.class).single()) {
            return;
        }
        for (int i = 0; i < 18; i++) {
            ordinary(i);
        }
        CaseFile story = story();
        for (int i = 18; i < 36; i++) {
            ordinary(i);
        }
        audit.record(new AuditRecord("system", CasesAction.OPEN_CASE, "Case", story.number().value(), null, "demo"));
    }

    private CaseFile story() {
        Instant now = clock.instant();
        LocalDate today = now.atZone(Inputs.PAKISTAN).toLocalDate();
        UserId lead = officer(MUZAFFARGARH);
        CaseFile file = open(STORY, MUZAFFARGARH, lead, now.minus(60, ChronoUnit.DAYS));
        cases.replaceOffences(file.id(), List.of("PECA-22", "PECA-22A", "PECA-22B", "PPC-377A", "PPC-292B"));
        cases.markInternational(file.id());
        PersonId leader = person(file, CaseRole.SUSPECT, "Demo Foreign Suspect (fictional)", "DE", 52, now);
        events.publishEvent(new CaseNeedsInternationalCooperation(file.id(), file.number(), file.district(), leader, "DE"));
        PersonId helper = person(file, CaseRole.SUSPECT, "Demo Local Helper (fictional)", "PK", 34, now);
        List<PersonId> rescued = new ArrayList<>();
        for (int i = 1; i <= 50; i++) {
            PersonId child = person(file, CaseRole.VICTIM, "Demo Child " + i + " (fictional)", "PK", 6 + i % 5, now,
                    new VictimCircumstances(AbuserRelationship.ONLINE_CONTACT, i % 3 == 0 ? IncidentPlace.ONLINE
                            : IncidentPlace.ABUSER_HOME));
            if (i <= 10) {
                rescued.add(child);
            }
        }
        List<UserId> officers = lead == null ? List.of() : List.of(lead);
        event(file, CaseEventKind.FIR_REGISTERED, today.minusDays(55), List.of(), officers, "FIR under PECA 2016 s.22, 22-A, 22-B");
        event(file, CaseEventKind.RAID, today.minusDays(40), List.of(leader, helper), officers, "Raid on the network's house");
        event(file, CaseEventKind.ARREST, today.minusDays(40), List.of(leader, helper), officers, "Two suspects arrested");
        persons.changeStanding(file.id(), List.of(leader, helper), CaseRole.SUSPECT, "ARRESTED");
        event(file, CaseEventKind.RESCUE, today.minusDays(40), rescued, officers, "Ten children rescued, referred to the CPB");
        persons.changeStanding(file.id(), rescued, CaseRole.VICTIM, "RESCUED");
        rescued.forEach(child -> events.publishEvent(new ChildRescued(file.id(), file.number(), child, today.minusDays(40),
                file.district())));
        event(file, CaseEventKind.SEIZURE, today.minusDays(40), List.of(), officers, "Laptops, phones and storage seized");
        event(file, CaseEventKind.CHARGE_SHEET, today.minusDays(10), List.of(leader, helper), officers, "Charge sheet submitted");
        persons.changeStanding(file.id(), List.of(leader, helper), CaseRole.SUSPECT, "CHARGED");
        seized(file, now.minus(40, ChronoUnit.DAYS));
        move(file, CaseStatus.INVESTIGATING, now.minus(55, ChronoUnit.DAYS));
        move(file, CaseStatus.ACTION, now.minus(41, ChronoUnit.DAYS));
        move(file, CaseStatus.PROSECUTION, now.minus(9, ChronoUnit.DAYS));
        if (lead != null) {
            tasks.insert(file.id(), new CaseTask(UUID.randomUUID(), file.number(), CaseTask.Kind.PRESERVATION,
                    "Preservation request to the streaming platform", lead, today.minusDays(78),
                    today.minusDays(78).plusDays(properties.preservationWarnDays()),
                    today.minusDays(78).plusDays(properties.preservationDays()), false), now, null);
        }
        CaseFile parents = open("Case against the parents of a rescued child (demo, fictional)", MUZAFFARGARH, lead,
                now.minus(30, ChronoUnit.DAYS));
        cases.replaceOffences(parents.id(), List.of("PPC-377A", "PPC-328A"));
        joined(parents, rescued.getFirst(), CaseRole.VICTIM, 6, now,
                new VictimCircumstances(AbuserRelationship.PARENT, IncidentPlace.OWN_HOME));
        for (PersonId parent : List.of(person(parents, CaseRole.SUSPECT, "Demo Parent One (fictional)", "PK", 38, now),
                person(parents, CaseRole.SUSPECT, "Demo Parent Two (fictional)", "PK", 35, now))) {
            joined(file, parent, CaseRole.GUARDIAN, null, now, VictimCircumstances.NONE);
        }
        move(parents, CaseStatus.INVESTIGATING, now.minus(29, ChronoUnit.DAYS));
        return file;
    }

    private void ordinary(int i) {
        Instant now = clock.instant();
        DistrictCode district = new DistrictCode(ORDINARY_DISTRICTS.get(i % ORDINARY_DISTRICTS.size()));
        CaseFile file = open(ORDINARY_TITLES.get(i % ORDINARY_TITLES.size()) + " (demo, fictional " + (i + 1) + ")",
                district, officer(district), now.minus(90 - i * 2L, ChronoUnit.DAYS));
        cases.replaceOffences(file.id(), List.of(i % 2 == 0 ? "PECA-22" : "PECA-22A"));
        person(file, CaseRole.VICTIM, "Demo Victim " + (i + 1) + " (fictional)", "PK", 9 + i % 8, now,
                new VictimCircumstances(ORDINARY_RELATIONSHIPS.get(i % ORDINARY_RELATIONSHIPS.size()),
                        ORDINARY_PLACES.get(i % ORDINARY_PLACES.size())));
        if (i % 3 != 0) {
            person(file, CaseRole.SUSPECT, "Demo Suspect " + (i + 1) + " (fictional)", "PK", 20 + i, now);
            move(file, CaseStatus.INVESTIGATING, now.minus(80 - i * 2L, ChronoUnit.DAYS));
        }
        if (i % 7 == 3) {
            move(file, CaseStatus.CLOSED, now.minus(5, ChronoUnit.DAYS));
        }
    }

    private CaseFile open(String title, DistrictCode district, UserId lead, Instant openedAt) {
        Unit unit = units.districtUnitOf(district).orElseThrow();
        var number = numbers.next(unit, clock.instant().atZone(Inputs.PAKISTAN).getYear());
        CaseFile file = new CaseFile(new CaseId(UUID.randomUUID()), number, unit.id(), district, title, CaseStatus.INTAKE,
                null, lead, false, openedAt);
        cases.insert(file, null, null);
        return file;
    }

    private PersonId person(CaseFile file, CaseRole role, String name, String nationality, int age, Instant now) {
        return person(file, role, name, nationality, age, now, VictimCircumstances.NONE);
    }

    private PersonId person(CaseFile file, CaseRole role, String name, String nationality, int age, Instant now,
                            VictimCircumstances circumstances) {
        PersonId id = persons.insert(new PersonDetails(name, List.of(), null, age, null, null, nationality, List.of()), now, null);
        joined(file, id, role, age, now, circumstances);
        return id;
    }

    /** A role in a case, announced as an officer's would be, so that safeguarding and statistics follow the demo's children. */
    private void joined(CaseFile file, PersonId person, CaseRole role, Integer age, Instant now, VictimCircumstances circumstances) {
        persons.addRole(file.id(), person, role, circumstances, now);
        events.publishEvent(new PersonJoinedCase(file.id(), file.number(), file.unit(), file.district(), person, role,
                age, null, now, circumstances.relationship(), circumstances.place()));
    }

    private void event(CaseFile file, CaseEventKind kind, LocalDate on, List<PersonId> named, List<UserId> officers, String note) {
        timeline.insert(file.id(), new TimelineEntry(UUID.randomUUID(), kind, on, file.district(), "Muzaffargarh", note,
                officers, named.stream().map(PersonId::value).toList()), clock.instant(), null);
    }

    private void seized(CaseFile file, Instant at) {
        for (String what : List.of("Laptop used for live streams", "Two mobile phones", "External hard disk")) {
            EvidenceItem item = new EvidenceItem(UUID.randomUUID(), file.id(), evidence.nextLabel(file.id()), what, at,
                    "Muzaffargarh", "Raid officer (demo)", "Raid officer (demo)", List.of(new EvidenceItem.EvidenceFile(
                    "image-0001.jpg", sha(what), null, null)));
            evidence.insert(item, at, null);
            item.seizure(file.number()).ifPresent(events::publishEvent);
            evidence.append(item.id(), new EvidenceItem.Custody(1, null, "Raid officer (demo)", at, "seized", at, null));
            evidence.append(item.id(), new EvidenceItem.Custody(2, "Raid officer (demo)", "Punjab Forensic Science Agency (demo)",
                    at.plus(1, ChronoUnit.DAYS), "forensic examination", at.plus(1, ChronoUnit.DAYS), null));
            evidence.append(item.id(), new EvidenceItem.Custody(3, "Punjab Forensic Science Agency (demo)", "Raid officer (demo)",
                    at.plus(20, ChronoUnit.DAYS), "returned after examination", at.plus(20, ChronoUnit.DAYS), null));
        }
    }

    private void move(CaseFile file, CaseStatus to, Instant at) {
        CaseStatus from = cases.byId(file.id()).orElseThrow().status();
        cases.changeStatus(file.id(), from, to, to == CaseStatus.CLOSED ? CaseOutcome.WITHDRAWN : null,
                to == CaseStatus.CLOSED ? "demo" : null, at, null);
    }

    private UserId officer(DistrictCode district) {
        return units.districtUnitOf(district).map(unit -> staff.ofUnits(List.of(unit.id())).stream()
                .filter(m -> StaffChoices.CASE_WORKERS.contains(m.role())).map(StaffMember::id).findFirst().orElse(null))
                .orElse(null);
    }

    private static String sha(String text) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
