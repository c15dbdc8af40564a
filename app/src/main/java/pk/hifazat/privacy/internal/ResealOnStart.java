package pk.hifazat.privacy.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import pk.hifazat.privacy.PersonalData;

/**
 * An application that starts with a key being retired ({@code HIFAZAT_DATA_KEY_PREVIOUS}, or the
 * retired key file {@code ./hifazat rotate-key} left) re-seals in the background at once: that is
 * the second half of a rotation, and how a re-seal cut short by a restart carries on. A command
 * ({@code hifazat.command}) never does.
 */
@Component
@ConditionalOnExpression("'${hifazat.command:}'.isEmpty()")
class ResealOnStart {

    private final PersonalData personalData;
    private final KeyRotation rotation;

    ResealOnStart(PersonalData personalData, KeyRotation rotation) {
        this.personalData = personalData;
        this.rotation = rotation;
    }

    @EventListener(ApplicationReadyEvent.class)
    void resealUnderTheNewKey() {
        if (!personalData.previousFingerprints().isEmpty()) {
            rotation.start("system");
        }
    }
}
