package pk.hifazat.cooperation.internal;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Set;

import pk.hifazat.cases.CaseDossier;
import pk.hifazat.cases.PersonId;

/**
 * What leaves the system for a partner abroad: the request it answers to, and of its case only the
 * parts the officer chose; the others are named as left out and hold nothing. A part not chosen is
 * null (or empty), so neither the JSON nor the PDF can show any of it.
 *
 * @param approval "by … on …" when a supervisor approved the request, null when not (yet)
 */
record CasePackage(String sender, String preparedBy, Instant preparedAt, Request request, String approval,
                   List<PackagePart> included, List<PackagePart> leftOut, Summary summary,
                   List<CaseDossier.Person> persons, List<Identifier> identifiers, List<CaseDossier.Event> timeline,
                   List<CaseDossier.Evidence> evidence) {

    /** The cover: which request this package goes with. */
    record Request(String reference, String caseNumber, String kind, String country, String countryName, String agency,
                   String legalBasis, String asked, String dueOn) {
    }

    record Summary(String title, String status, String district, String unit, Instant openedAt, List<String> offences) {
    }

    /** An identifier and who holds it, by pseudonym and role only (names are the persons part's). */
    record Identifier(String kind, String value, String platform, String heldBy, String role) {
    }

    /** @param children the pseudonyms safeguarding gives the case's children, which replace cases' own for them */
    static CasePackage of(String sender, String preparedBy, Instant preparedAt, CooperationRequest request, String approval,
                          CaseDossier dossier, Map<PersonId, String> children, Set<PackagePart> chosen) {
        List<PackagePart> included = Arrays.stream(PackagePart.values()).filter(chosen::contains).toList();
        List<PackagePart> leftOut = Arrays.stream(PackagePart.values()).filter(p -> !chosen.contains(p)).toList();
        Request cover = new Request(request.reference(), request.caseNumber(), request.kind().name(), request.country(),
                Locale.of("", request.country()).getDisplayCountry(Locale.ENGLISH), request.agency(), request.legalBasis(),
                request.asked(), request.dueOn().toString());
        return new CasePackage(sender, preparedBy, preparedAt, cover, approval, included, leftOut,
                chosen.contains(PackagePart.SUMMARY) ? new Summary(dossier.title(), dossier.status().name(),
                        dossier.districtName(), dossier.unitName(), dossier.openedAt(), dossier.offences()) : null,
                chosen.contains(PackagePart.PERSONS) ? dossier.persons().stream().map(p -> named(p, children)).toList()
                        : List.of(),
                chosen.contains(PackagePart.IDENTIFIERS) ? identifiers(dossier) : List.of(),
                chosen.contains(PackagePart.TIMELINE) ? dossier.timeline() : List.of(),
                chosen.contains(PackagePart.EVIDENCE) ? dossier.evidence() : List.of());
    }

    boolean has(PackagePart part) {
        return included.contains(part);
    }

    static Set<PackagePart> parts(List<String> names) {
        Set<PackagePart> parts = EnumSet.noneOf(PackagePart.class);
        for (String name : names == null ? List.<String>of() : names) {
            for (String one : name.split(",")) {
                if (!one.isBlank()) {
                    parts.add(CooperationInputs.choice(PackagePart.class, one, "parts"));
                }
            }
        }
        if (parts.isEmpty()) {
            throw new RequestInputException("parts", "cooperation.input.noParts");
        }
        return parts;
    }

    private static CaseDossier.Person named(CaseDossier.Person p, Map<PersonId, String> children) {
        String child = p.victim() ? children.get(p.id()) : null;
        return child == null ? p : new CaseDossier.Person(p.id(), child, null, p.role(), p.standing(), p.age(), p.gender(),
                p.nationality(), List.of());
    }

    private static List<Identifier> identifiers(CaseDossier dossier) {
        return dossier.persons().stream().filter(p -> !p.victim())
                .flatMap(p -> p.identifiers().stream().map(i -> new Identifier(i.kind().name(), i.value(), i.platform(),
                        p.pseudonym(), p.role().name())))
                .distinct().toList();
    }
}
