package pk.hifazat.triage.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.ReportsAttachedToCase;
import pk.hifazat.database.Precedence;
import pk.hifazat.linking.ClustersSplit;
import pk.hifazat.linking.ReportsLinked;
import pk.hifazat.media.MaterialAssessed;

/**
 * Triage follows linking rather than intake, so that a report's links are known when it is
 * routed; and takes the known-material module's findings whenever they come, before or after.
 * Both are on a report's path to its queue ({@link Precedence#urgent()}).
 */
@Component
class TriageListeners {

    private final Triage triage;
    private final MovedToCase movedToCase;
    private final Precedence precedence;

    TriageListeners(Triage triage, MovedToCase movedToCase, Precedence precedence) {
        this.precedence = precedence;
        this.triage = triage;
        this.movedToCase = movedToCase;
    }

    @ApplicationModuleListener
    void on(ReportsLinked linked) {
        try (var urgent = precedence.urgent(linked)) {
            triage.linked(linked);
        }
    }

    @ApplicationModuleListener
    void on(ClustersSplit split) {
        triage.split(split);
    }

    @ApplicationModuleListener
    void on(MaterialAssessed assessed) {
        try (var urgent = precedence.urgent(assessed)) {
            triage.assessed(assessed);
        }
    }

    @ApplicationModuleListener
    void on(ReportsAttachedToCase attached) {
        movedToCase.attached(attached);
    }
}
