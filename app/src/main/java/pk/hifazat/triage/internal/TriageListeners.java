package pk.hifazat.triage.internal;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

import pk.hifazat.cases.ReportsAttachedToCase;
import pk.hifazat.linking.ClustersSplit;
import pk.hifazat.linking.ReportsLinked;
import pk.hifazat.media.MaterialAssessed;

/**
 * Triage follows linking rather than intake, so that a report's links are known when it is
 * routed; and takes the known-material module's findings whenever they come, before or after.
 */
@Component
class TriageListeners {

    private final Triage triage;
    private final MovedToCase movedToCase;

    TriageListeners(Triage triage, MovedToCase movedToCase) {
        this.triage = triage;
        this.movedToCase = movedToCase;
    }

    @ApplicationModuleListener
    void on(ReportsLinked linked) {
        triage.linked(linked);
    }

    @ApplicationModuleListener
    void on(ClustersSplit split) {
        triage.split(split);
    }

    @ApplicationModuleListener
    void on(MaterialAssessed assessed) {
        triage.assessed(assessed);
    }

    @ApplicationModuleListener
    void on(ReportsAttachedToCase attached) {
        movedToCase.attached(attached);
    }
}
