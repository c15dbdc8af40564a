package pk.hifazat.cooperation.internal;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditAction;
import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.CommonAction;
import pk.hifazat.audit.Outcome;
import pk.hifazat.cases.CaseDossier;
import pk.hifazat.cases.CaseDossiers;
import pk.hifazat.cooperation.CooperationKind;
import pk.hifazat.cooperation.CooperationRequestAnswered;
import pk.hifazat.cooperation.CooperationRequestClosed;
import pk.hifazat.cooperation.CooperationRequestDrafted;
import pk.hifazat.cooperation.CooperationRequestId;
import pk.hifazat.cooperation.CooperationRequestSent;
import pk.hifazat.cooperation.CooperationStatus;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.identity.UserId;

/**
 * Requests abroad: drafting one from a case, changing a draft, a supervisor's approval and each move
 * of its status. Every step is checked against the officer's jurisdiction and audited; a refused
 * move is audited as refused and changes nothing.
 */
@Service
class CooperationDesk {

    static final ZoneId PAKISTAN = ZoneId.of("Asia/Karachi");

    private final CooperationRequests requests;
    private final CaseDossiers dossiers;
    private final Access access;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final CooperationProperties properties;
    private final Clock clock;

    CooperationDesk(CooperationRequests requests, CaseDossiers dossiers, Access access, AuditLog audit,
                    ApplicationEventPublisher events, CooperationProperties properties, Clock clock) {
        this.requests = requests;
        this.dossiers = dossiers;
        this.access = access;
        this.audit = audit;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    LocalDate today() {
        return clock.instant().atZone(PAKISTAN).toLocalDate();
    }

    /** The day a new request's form proposes for the answer. */
    LocalDate proposedDue() {
        return today().plusDays(properties.dueDays());
    }

    /** The case a request is drafted for (its view audited); bad input when there is no such case. */
    @Transactional
    CaseDossier caseFor(String caseNumber) {
        String number = CooperationInputs.text(caseNumber, "caseNumber", 40, true);
        return dossiers.read(number).orElseThrow(() -> new RequestInputException("caseNumber", "cooperation.input.unknownCase",
                number));
    }

    @Transactional
    CooperationRequest draft(RequestForms.Draft form) {
        CaseDossier dossier = caseFor(form.caseNumber());
        Instant now = clock.instant();
        CooperationRequest draft = content(form, dossier, new CooperationRequestId(UUID.randomUUID()),
                () -> requests.nextReference(today().getYear()), access.require().id(), now);
        requests.insert(draft);
        access.checkDistrict(dossier.district(), record(CooperationAction.DRAFT_REQUEST, draft)
                .withDetail("case " + dossier.number()));
        events.publishEvent(new CooperationRequestDrafted(draft.id(), draft.reference(), draft.caseId(), draft.district(),
                draft.kind(), draft.country(), now));
        return draft;
    }

    /** A draft's content replaced by what was sent (only while it is a draft); its case stays. */
    @Transactional
    CooperationRequest edit(UUID id, RequestForms.Draft form) {
        CooperationRequest request = locked(id, CooperationAction.EDIT_REQUEST);
        var refusal = RequestTransitions.editRefusal(request);
        if (refusal.isPresent()) {
            refuse(request, CooperationAction.EDIT_REQUEST, refusal.get());
        }
        requests.update(content(form, caseFor(request.caseNumber()), request.id(), request::reference, request.draftedBy(),
                request.draftedAt()));
        access.checkDistrict(request.district(), record(CooperationAction.EDIT_REQUEST, request));
        return requests.byId(id).orElseThrow();
    }

    /** A supervisor other than the drafter approves a request that awaits approval; it may then be sent. */
    @Transactional
    CooperationRequest approve(UUID id) {
        CooperationRequest request = locked(id, CooperationAction.APPROVE_REQUEST);
        SignedInUser user = access.require();
        var refusal = RequestTransitions.approvalRefusal(request, user.role(), user.id());
        if (refusal.isPresent()) {
            refuse(request, CooperationAction.APPROVE_REQUEST, refusal.get());
        }
        requests.approve(request.id(), user.id(), clock.instant());
        access.checkDistrict(request.district(), record(CooperationAction.APPROVE_REQUEST, request));
        return requests.byId(id).orElseThrow();
    }

    /** Moves the request if its rules allow; otherwise refuses with what is missing (audited, nothing changed). */
    @Transactional
    CooperationRequest move(UUID id, RequestForms.Move move) {
        CooperationStatus to = CooperationInputs.choice(CooperationStatus.class, move.to(), "to");
        String answer = CooperationInputs.text(move.answer(), "answer", 20_000, false);
        String note = CooperationInputs.text(move.note(), "note", 2_000, false);
        LocalDate today = today();
        LocalDate on = CooperationInputs.date(move.on(), "on", today);
        if (on.isAfter(today)) {
            throw new RequestInputException("on", "cooperation.input.future");
        }
        CooperationRequest request = locked(id, CooperationAction.CHANGE_REQUEST_STATUS);
        var refusal = RequestTransitions.refusal(request, to, answer, note);
        if (refusal.isPresent()) {
            refuse(request, CooperationAction.CHANGE_REQUEST_STATUS, refusal.get());
        }
        CooperationStatus from = request.status();
        switch (to) {
            case SENT -> send(request, on, CooperationInputs.date(move.dueOn(), "dueOn", request.dueOn()));
            case ACKNOWLEDGED -> {
                notBeforeSending(request, on);
                requests.acknowledged(request.id(), on);
            }
            case ANSWERED -> {
                notBeforeSending(request, on);
                requests.answered(request.id(), on, answer);
                events.publishEvent(new CooperationRequestAnswered(request.id(), request.reference(), request.caseId(),
                        request.district(), request.kind(), request.country(), request.sentOn(), on));
            }
            case DRAFT -> requests.approve(request.id(), null, null);
            case CLOSED -> events.publishEvent(new CooperationRequestClosed(request.id(), request.reference(),
                    request.caseId(), request.kind(), request.country(), from == CooperationStatus.ANSWERED,
                    clock.instant()));
            default -> {
            }
        }
        requests.move(request.id(), from, to, to == CooperationStatus.ANSWERED ? null : note, clock.instant(),
                access.require().id());
        access.checkDistrict(request.district(), record(CooperationAction.CHANGE_REQUEST_STATUS, request)
                .withDetail(from + " -> " + to));
        return requests.byId(id).orElseThrow();
    }

    /** A request as its page shows it, the view audited; 404 when unknown, 403 (audited) outside the jurisdiction. */
    @Transactional
    CooperationRequest read(UUID id) {
        CooperationRequest request = requests.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        access.checkDistrict(request.district(), record(CommonAction.VIEW, request));
        return request;
    }

    List<CooperationRequests.Change> history(CooperationRequest request) {
        return requests.history(request.id());
    }

    /** The newest requests of the officer's jurisdiction, of one case or only the overdue ones; the view audited. */
    @Transactional
    List<CooperationRequest> list(String caseNumber, boolean overdue) {
        String number = caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip();
        audit.record(AuditRecord.of(CommonAction.VIEW, "CooperationRequests", number == null ? (overdue ? "overdue" : "all")
                : number).by(access.require().username()));
        return requests.visible(access.visibleDistricts(), number, overdue ? today() : null, properties.listLimit());
    }

    private void send(CooperationRequest request, LocalDate sentOn, LocalDate dueOn) {
        if (sentOn.isBefore(request.draftedAt().atZone(PAKISTAN).toLocalDate())) {
            throw new RequestInputException("on", "cooperation.input.beforeDrafted");
        }
        if (!dueOn.isAfter(sentOn)) {
            throw new RequestInputException("dueOn", "cooperation.input.dueAfterSent");
        }
        requests.sent(request.id(), sentOn, dueOn);
        events.publishEvent(new CooperationRequestSent(request.id(), request.reference(), request.caseId(),
                request.district(), request.kind(), request.country(), sentOn, dueOn));
    }

    private static void notBeforeSending(CooperationRequest request, LocalDate on) {
        if (request.sentOn() != null && on.isBefore(request.sentOn())) {
            throw new RequestInputException("on", "cooperation.input.beforeSent");
        }
    }

    /**
     * The request, locked, when the user's jurisdiction covers it; refused (and audited) when not. The
     * allowed attempt is audited by the caller once it is done, so that a refusal of the step itself is
     * audited on its own.
     */
    private CooperationRequest locked(UUID id, AuditAction action) {
        CooperationRequest request = requests.lock(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        if (!access.visibleDistricts().covers(request.district())) {
            access.checkDistrict(request.district(), record(action, request));
        }
        return request;
    }

    private void refuse(CooperationRequest request, AuditAction action, MessageSourceResolvable why) {
        audit.recordIndependently(record(action, request).by(access.require().username()).withOutcome(Outcome.REFUSED)
                .withDetail(why.getCodes()[0]));
        throw new RequestRefusedException(why);
    }

    private static AuditRecord record(AuditAction action, CooperationRequest request) {
        return AuditRecord.of(action, "CooperationRequest", request.reference());
    }

    /**
     * A draft's content checked against its case: every person and identifier named must be the case's
     * own. The reference is taken only once all is well, so that bad input uses up no number.
     */
    private CooperationRequest content(RequestForms.Draft form, CaseDossier dossier, CooperationRequestId id,
                                       Supplier<String> reference, UserId draftedBy, Instant draftedAt) {
        CooperationKind kind = CooperationInputs.choice(CooperationKind.class, form.kind(), "kind");
        String country = CooperationInputs.country(form.country(), "country");
        String agency = CooperationInputs.text(form.agency(), "agency", 200, true);
        String legalBasis = CooperationInputs.text(form.legalBasis(), "legalBasis", 1000, true);
        String asked = CooperationInputs.text(form.asked(), "asked", 4000, true);
        LocalDate due = CooperationInputs.date(form.dueOn(), "dueOn", null);
        if (!due.isAfter(today())) {
            throw new RequestInputException("dueOn", "cooperation.input.notFuture");
        }
        Set<String> persons = dossier.persons().stream().map(p -> p.id().toString()).collect(Collectors.toSet());
        Set<String> identifiers = dossier.persons().stream().flatMap(p -> p.identifiers().stream()).map(Object::toString)
                .collect(Collectors.toSet());
        List<String> chosenPersons = chosen(form.persons(), persons, "persons");
        List<String> chosenIdentifiers = chosen(form.identifiers(), identifiers, "identifiers");
        return new CooperationRequest(id, reference.get(), dossier.id(), dossier.number().value(), dossier.district(), kind,
                country, agency, legalBasis, asked, CooperationStatus.DRAFT, due, null, null, null, null, draftedBy,
                draftedAt, null, null, chosenPersons, chosenIdentifiers);
    }

    private static List<String> chosen(List<String> values, Set<String> known, String field) {
        List<String> chosen = new ArrayList<>();
        for (String value : values) {
            if (value == null || value.isBlank()) {
                continue;
            }
            if (!known.contains(value.strip())) {
                throw new RequestInputException(field, "cooperation.input.notOfCase", value);
            }
            if (!chosen.contains(value.strip())) {
                chosen.add(value.strip());
            }
        }
        return chosen;
    }
}
