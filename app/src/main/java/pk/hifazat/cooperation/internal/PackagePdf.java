package pk.hifazat.cooperation.internal;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import pk.hifazat.cases.CaseDossier;
import pk.hifazat.cases.CaseRole;

/**
 * A case package as a PDF for the partner, in English: the agency's header, the request it goes with,
 * which parts it holds and which were left out, then only the chosen parts. Children appear by
 * pseudonym, age and nationality only.
 */
final class PackagePdf {

    private static final DateTimeFormatter DAY_TIME = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm 'PKT'", Locale.ENGLISH)
            .withZone(CooperationDesk.PAKISTAN);
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)
            .withZone(CooperationDesk.PAKISTAN);

    private PackagePdf() {
    }

    static byte[] write(CasePackage pack) {
        try (PdfLayout pdf = new PdfLayout()) {
            header(pdf, pack);
            if (pack.has(PackagePart.SUMMARY)) {
                summary(pdf, pack);
            }
            if (pack.has(PackagePart.PERSONS)) {
                persons(pdf, pack.persons());
            }
            if (pack.has(PackagePart.IDENTIFIERS)) {
                identifiers(pdf, pack.identifiers());
            }
            if (pack.has(PackagePart.TIMELINE)) {
                timeline(pdf, pack.timeline());
            }
            if (pack.has(PackagePart.EVIDENCE)) {
                evidence(pdf, pack.evidence());
            }
            return pdf.finish("Case package " + pack.request().caseNumber() + " (" + pack.request().reference() + ")",
                    "RESTRICTED: for " + pack.request().agency() + " only. " + pack.request().reference() + ", case "
                            + pack.request().caseNumber());
        }
    }

    private static void header(PdfLayout pdf, CasePackage pack) {
        pdf.text(pack.sender(), PdfLayout.BOLD, 15, 0);
        pdf.text("Case package for international cooperation", PdfLayout.REGULAR, 12, 0);
        pdf.gap(2);
        pdf.rule(pdf.y() + 6, 1.5f);
        pdf.gap(10);
        CasePackage.Request r = pack.request();
        pdf.field("To", r.agency() + ", " + r.countryName() + " (" + r.country() + ")");
        pdf.field("Channel", kind(r.kind()));
        pdf.field("Reference", r.reference());
        pdf.field("Case", r.caseNumber());
        pdf.field("Legal basis", r.legalBasis());
        pdf.field("Requested", r.asked());
        pdf.field("Answer by", r.dueOn());
        pdf.field("Approval", pack.approval() == null ? "NOT YET APPROVED: not for release" : "Approved " + pack.approval());
        pdf.field("Prepared", DAY_TIME.format(pack.preparedAt()) + " by " + pack.preparedBy());
        pdf.field("Contains", pack.included().stream().map(PackagePdf::part).collect(Collectors.joining(", ")));
        pdf.field("Left out", pack.leftOut().isEmpty() ? "nothing"
                : pack.leftOut().stream().map(PackagePdf::part).collect(Collectors.joining(", ")));
    }

    private static void summary(PdfLayout pdf, CasePackage pack) {
        CasePackage.Summary s = pack.summary();
        pdf.heading("Case summary");
        pdf.field("Case", pack.request().caseNumber());
        pdf.field("Title", s.title());
        pdf.field("Status", words(s.status()));
        pdf.field("District", s.district() + ", Pakistan");
        pdf.field("Unit", s.unit());
        pdf.field("Opened", DAY.format(s.openedAt()));
        pdf.field("Offences", s.offences().isEmpty() ? "none recorded" : String.join("; ", s.offences()));
    }

    private static void persons(PdfLayout pdf, List<CaseDossier.Person> persons) {
        pdf.heading("Persons by role");
        pdf.text("Children (victims) are named by pseudonym only.", PdfLayout.REGULAR, 9, 0);
        for (CaseRole role : CaseRole.values()) {
            List<CaseDossier.Person> holding = persons.stream().filter(p -> p.role() == role).toList();
            if (holding.isEmpty()) {
                continue;
            }
            pdf.gap(3);
            pdf.text(words(role.name()) + " (" + holding.size() + ")", PdfLayout.BOLD, 10.5f, 0);
            for (CaseDossier.Person p : holding) {
                pdf.text(p.victim() ? "Child " + p.pseudonym() + describe(null, p) : p.name() + " (" + p.pseudonym() + ")"
                        + describe(p.gender(), p), PdfLayout.REGULAR, 10, 12);
            }
        }
    }

    private static String describe(String gender, CaseDossier.Person p) {
        StringBuilder text = new StringBuilder();
        if (p.age() != null) {
            text.append(", age ").append(p.age());
        }
        if (gender != null) {
            text.append(", ").append(gender.toLowerCase(Locale.ROOT));
        }
        if (p.nationality() != null) {
            text.append(", nationality ").append(p.nationality());
        }
        if (p.standing() != null) {
            text.append(": ").append(words(p.standing()));
        }
        return text.toString();
    }

    private static void identifiers(PdfLayout pdf, List<CasePackage.Identifier> identifiers) {
        pdf.heading("Identifiers");
        if (identifiers.isEmpty()) {
            pdf.text("None recorded.");
        }
        for (CasePackage.Identifier i : identifiers) {
            pdf.text(words(i.kind()) + ": " + i.value() + (i.platform() == null ? "" : " on " + i.platform()) + "  (held by "
                    + words(i.role()) + " " + i.heldBy() + ")", PdfLayout.REGULAR, 10, 0);
        }
    }

    private static void timeline(PdfLayout pdf, List<CaseDossier.Event> events) {
        pdf.heading("Timeline");
        if (events.isEmpty()) {
            pdf.text("No events recorded.");
        }
        for (CaseDossier.Event e : events) {
            pdf.text(e.occurredOn() + "  " + words(e.kind().name()) + (e.place() == null ? "" : ", " + e.place()),
                    PdfLayout.BOLD, 10, 0);
            if (e.note() != null) {
                pdf.text(e.note(), PdfLayout.REGULAR, 10, 12);
            }
            if (!e.persons().isEmpty()) {
                pdf.text("Concerning: " + String.join(", ", e.persons()), PdfLayout.REGULAR, 9, 12);
            }
        }
    }

    private static void evidence(PdfLayout pdf, List<CaseDossier.Evidence> items) {
        pdf.heading("Evidence, hashes and chain of custody");
        if (items.isEmpty()) {
            pdf.text("No evidence recorded.");
        }
        for (CaseDossier.Evidence item : items) {
            pdf.gap(3);
            pdf.text(item.label() + "  " + item.description(), PdfLayout.BOLD, 10, 0);
            pdf.text("Seized " + DAY_TIME.format(item.seizedAt()) + " at " + item.seizedPlace() + "; now held by "
                    + item.holder(), PdfLayout.REGULAR, 10, 12);
            for (CaseDossier.EvidenceFile file : item.files()) {
                pdf.text(file.name() + "  SHA-256 " + (file.sha256() == null ? "none" : file.sha256()), PdfLayout.MONO, 8, 12);
            }
            for (CaseDossier.Custody hand : item.custody()) {
                pdf.text(hand.position() + ". " + DAY_TIME.format(hand.handedAt()) + ": " + (hand.from() == null ? "seized by"
                        : hand.from() + " to") + " " + hand.to() + " (" + hand.reason() + ")", PdfLayout.REGULAR, 9, 12);
            }
        }
    }

    private static String kind(String kind) {
        return switch (kind) {
            case "INTERPOL" -> "INTERPOL (through the National Central Bureau)";
            case "FOREIGN_POLICE" -> "Police-to-police request";
            case "MUTUAL_LEGAL_ASSISTANCE" -> "Mutual legal assistance (through the ministry)";
            default -> "Preservation or disclosure request to a platform";
        };
    }

    private static String part(PackagePart part) {
        return switch (part) {
            case SUMMARY -> "case summary";
            case PERSONS -> "persons by role";
            case IDENTIFIERS -> "identifiers";
            case TIMELINE -> "timeline";
            case EVIDENCE -> "evidence hashes and custody";
        };
    }

    /** A stored name as words: CHARGE_SHEET as "Charge sheet". */
    private static String words(String name) {
        String lower = name.replace('_', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(lower.charAt(0)) + lower.substring(1);
    }

    static String when(Instant at) {
        return DAY_TIME.format(at);
    }
}
