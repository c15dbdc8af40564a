package pk.hifazat.privacy.internal;

import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

import pk.hifazat.identity.StaffApi;
import pk.hifazat.privacy.PersonalData;

/** The personal-data key page's twin: the keys' fingerprints, what is left under another key, and the re-seal. */
@RestController
@PreAuthorize("hasRole('ADMINISTRATOR')")
@Tag(name = "Staff: personal data key")
@SecurityRequirement(name = StaffApi.SECURITY_SCHEME)
class PersonalDataKeyApiController {

    static final String PATH = StaffApi.PREFIX + "/privacy/key";

    private final PersonalData personalData;
    private final KeyRotation rotation;

    PersonalDataKeyApiController(PersonalData personalData, KeyRotation rotation) {
        this.personalData = personalData;
        this.rotation = rotation;
    }

    /** @param underOtherKeys null where the module cannot tell */
    record Records(String name, Long underOtherKeys, long rows) {
    }

    record Part(String name, long resealed, long of) {
    }

    record Run(String state, String startedBy, Instant startedAt, Instant endedAt, String problem, List<Part> parts) {
    }

    /** @param run null until this instance has run a re-seal */
    record KeyState(String current, List<String> previous, List<Records> records, Run run) {
    }

    @Operation(summary = "The current and retiring keys' fingerprints, rows left under another key, and the latest re-seal")
    @GetMapping(PATH)
    KeyState state() {
        return new KeyState(personalData.keyFingerprint(), personalData.previousFingerprints(),
                rotation.remaining().stream().map(r -> new Records(r.name(),
                        r.underOtherKeys().isPresent() ? r.underOtherKeys().getAsLong() : null, r.total())).toList(),
                rotation.latest().map(run -> new Run(run.state().name(), run.actor(), run.startedAt(), run.endedAt(),
                        run.problem(), run.parts().stream().map(p -> new Part(p.name(), p.done(), p.total())).toList()))
                        .orElse(null));
    }

    @Operation(summary = "Start re-sealing every record under the current key in the background; 409 while this instance runs one")
    @PostMapping(PATH + "/reseal")
    ResponseEntity<?> reseal(Principal user) {
        if (!rotation.start(user.getName())) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, "A re-seal is already running.");
            problem.setTitle("Re-seal running");
            return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
        }
        return ResponseEntity.accepted().location(URI.create(PATH)).body(state());
    }
}
