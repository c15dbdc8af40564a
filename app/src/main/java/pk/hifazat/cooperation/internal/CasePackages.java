package pk.hifazat.cooperation.internal;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import pk.hifazat.audit.AuditRecord;
import pk.hifazat.cases.CaseDossier;
import pk.hifazat.cases.CaseDossiers;
import pk.hifazat.cases.PersonId;
import pk.hifazat.cooperation.CasePackageExported;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.StaffDirectory;
import pk.hifazat.identity.StaffMember;
import pk.hifazat.safeguarding.ChildPseudonyms;

/** A request's case package, put together from the parts the officer chose, written as JSON or PDF; each export audited. */
@Service
class CasePackages {

    /** A package ready to download. */
    record Export(String fileName, String contentType, byte[] content) {
    }

    enum Format {
        JSON("application/json", "json"), PDF("application/pdf", "pdf");

        final String contentType;
        final String extension;

        Format(String contentType, String extension) {
            this.contentType = contentType;
            this.extension = extension;
        }
    }

    private final CooperationDesk desk;
    private final CaseDossiers dossiers;
    private final ChildPseudonyms pseudonyms;
    private final StaffDirectory staff;
    private final Access access;
    private final ApplicationEventPublisher events;
    private final CooperationProperties properties;
    private final java.time.Clock clock;

    CasePackages(CooperationDesk desk, CaseDossiers dossiers, ChildPseudonyms pseudonyms, StaffDirectory staff, Access access,
                 ApplicationEventPublisher events, CooperationProperties properties, java.time.Clock clock) {
        this.desk = desk;
        this.dossiers = dossiers;
        this.pseudonyms = pseudonyms;
        this.staff = staff;
        this.access = access;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    Export export(UUID requestId, List<String> partNames, Format format) {
        Set<PackagePart> parts = CasePackage.parts(partNames);
        CooperationRequest request = desk.read(requestId);
        CaseDossier dossier = dossiers.read(request.caseNumber()).orElseThrow();
        Map<PersonId, String> children = pseudonyms.of(dossier.persons().stream().filter(CaseDossier.Person::victim)
                .map(CaseDossier.Person::id).toList());
        Instant now = clock.instant();
        String approval = request.approvedBy() == null ? null : "by " + staff.byId(request.approvedBy())
                .map(StaffMember::displayName).orElse("a supervisor") + " on " + PackagePdf.when(request.approvedAt());
        CasePackage pack = CasePackage.of(properties.agencyName(), access.require().displayName(), now, request, approval,
                dossier, children, parts);
        byte[] content = format == Format.PDF ? PackagePdf.write(pack) : PackageJson.write(pack);
        List<String> names = pack.included().stream().map(Enum::name).toList();
        access.checkDistrict(request.district(), AuditRecord.of(CooperationAction.EXPORT_PACKAGE, "CooperationRequest",
                request.reference()).withDetail(format + " " + String.join(",", names)));
        events.publishEvent(new CasePackageExported(request.id(), request.caseId(), format.name(), names, now));
        return new Export("package-" + request.reference() + "." + format.extension, format.contentType, content);
    }
}
