package pk.hifazat.safeguarding.internal;

import java.io.IOException;
import java.time.Clock;
import java.util.List;
import java.util.Set;

import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.server.ResponseStatusException;

import pk.hifazat.audit.AuditLog;
import pk.hifazat.audit.AuditRecord;
import pk.hifazat.audit.Outcome;
import pk.hifazat.identity.Access;
import pk.hifazat.identity.Role;
import pk.hifazat.identity.SignedInUser;
import pk.hifazat.safeguarding.ChildId;

/**
 * A child's identifying details and photographs: written sealed, and shown only on a reveal by a
 * user with the right (officers and supervisors of the child's district, caseworkers of the office it
 * was referred to) who gives a reason. The reason is the audit entry's detail, for the auditor; a
 * reveal without one is refused, and that refusal is audited too.
 */
@Service
class SealedDetails {

    static final Set<Role> MAY_REVEAL = Set.of(Role.DISTRICT_OFFICER, Role.SUPERVISOR, Role.CPB_CASEWORKER);

    /** What a reveal shows. */
    record Revealed(ChildDetails details, List<Photos.Photo> photos) {
    }

    private final ChildRecords children;
    private final Photos photos;
    private final ChildGuard guard;
    private final Access access;
    private final AuditLog audit;
    private final SafeguardingProperties properties;
    private final Clock clock;

    SealedDetails(ChildRecords children, Photos photos, ChildGuard guard, Access access, AuditLog audit,
                  SafeguardingProperties properties, Clock clock) {
        this.children = children;
        this.photos = photos;
        this.guard = guard;
        this.access = access;
        this.audit = audit;
        this.properties = properties;
        this.clock = clock;
    }

    @Transactional
    void save(ChildId id, ChildDetails typed) {
        ChildDetails details = new ChildDetails(Fields.text(typed.name(), "name", 200, false),
                Fields.text(typed.parents(), "parents", 500, false), Fields.text(typed.address(), "address", 500, false),
                Fields.text(typed.phone(), "phone", 50, false), Fields.text(typed.school(), "school", 300, false));
        ChildRecord child = guard.change(id, SafeguardingAction.CHANGE_CHILD_DETAILS, "");
        children.saveDetails(child.id(), details);
    }

    @Transactional
    void addPhoto(ChildId id, MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw SafeguardingInputException.input("photo", "safeguarding.input.required");
        }
        if (file.getSize() > properties.maxPhotoSize().toBytes()) {
            throw SafeguardingInputException.input("photo", "safeguarding.input.photoTooLarge", properties.maxPhotoSize().toMegabytes());
        }
        byte[] image;
        try {
            image = file.getBytes();
        } catch (IOException e) {
            throw SafeguardingInputException.input("photo", "safeguarding.input.photoType");
        }
        String type = ImageKind.of(image).orElseThrow(() -> SafeguardingInputException.input("photo", "safeguarding.input.photoType"));
        ChildRecord child = guard.change(id, SafeguardingAction.ADD_CHILD_PHOTO, type);
        photos.add(child.id(), type, image, clock.instant(), access.require().id().value());
    }

    @Transactional
    Revealed reveal(ChildId id, String reasonText) {
        SignedInUser user = access.require();
        if (!MAY_REVEAL.contains(user.role())) {
            throw new AccessDeniedException("Refused: this role may not reveal a child's details");
        }
        ChildRecord child = children.byId(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String reason = reasonText == null ? "" : reasonText.strip();
        if (reason.length() < properties.revealReasonLength()) {
            audit.recordIndependently(AuditRecord.of(SafeguardingAction.REVEAL_CHILD, "Child", child.pseudonym())
                    .by(user.username()).withOutcome(Outcome.REFUSED).withDetail("no reason given"));
            throw SafeguardingInputException.input("reason", "safeguarding.reveal.reasonRequired", properties.revealReasonLength());
        }
        if (reason.length() > 500) {
            throw SafeguardingInputException.input("reason", "safeguarding.input.tooLong", 500);
        }
        guard.read(id, SafeguardingAction.REVEAL_CHILD, "reason: " + reason);
        return new Revealed(children.details(id), photos.opened(id));
    }
}
